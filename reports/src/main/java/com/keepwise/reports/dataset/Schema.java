package com.keepwise.reports.dataset;

import com.keepwise.domain.ContractCode;
import com.keepwise.domain.dataset.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns of one contract file, declared in the file's reader class:
 *
 * <pre>{@code
 * static final Schema SCHEMA = new Schema(SourceFile.INVOICES);
 * static final Column ISSUED = SCHEMA.required("issued", ColumnType.DATE);
 * }</pre>
 */
final class Schema {

  private final SourceFile file;
  private final List<Column> columns = new ArrayList<>();

  Schema(SourceFile file) {
    this.file = file;
  }

  SourceFile file() {
    return file;
  }

  List<Column> columns() {
    return Collections.unmodifiableList(columns);
  }

  Column required(String header, ColumnType type) {
    return add(header, type, true, type.expected());
  }

  Column optional(String header, ColumnType type) {
    return add(header, type, false, type.expected());
  }

  <E extends Enum<E> & ContractCode> Column required(String header, Class<E> codes) {
    return add(header, ColumnType.CODE, true, ContractCode.choices(codes));
  }

  <E extends Enum<E> & ContractCode> Column optional(String header, Class<E> codes) {
    return add(header, ColumnType.CODE, false, ContractCode.choices(codes));
  }

  private Column add(String header, ColumnType type, boolean required, String expected) {
    Column column = new Column(columns.size(), header, type, required, expected);
    columns.add(column);
    return column;
  }
}
