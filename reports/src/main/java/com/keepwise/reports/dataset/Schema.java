package com.keepwise.reports.dataset;

import com.keepwise.domain.ContractCode;
import com.keepwise.domain.dataset.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One contract file, declared once in the file's reader class: its columns with their types,
 * constraints, codes, what an empty field stands for and what each means. The reader's checks, the
 * generator's headers and {@code docs/data-contract.md} are all derived from it.
 *
 * <pre>{@code
 * static final Schema SCHEMA = new Schema(SourceFile.INVOICES, "");
 * static final Column ISSUED = SCHEMA.required("issued", ColumnType.DATE, "");
 * }</pre>
 */
public final class Schema {

  private final SourceFile file;
  private final String about;
  private final List<Column> columns = new ArrayList<>();

  Schema(SourceFile file, String about) {
    this.file = file;
    this.about = about;
  }

  public SourceFile file() {
    return file;
  }

  /** What the file holds, in a few words (empty when its name says it). */
  public String about() {
    return about;
  }

  /** The columns in their declared order, which is also the order the generator writes them in. */
  public List<Column> columns() {
    return Collections.unmodifiableList(columns);
  }

  /** The column of that name, if the contract declares one. */
  public Optional<Column> column(String header) {
    return columns.stream().filter(c -> c.header().equals(header)).findFirst();
  }

  /** The column names in their declared order. */
  public String[] headers() {
    return columns.stream().map(Column::header).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return file.fileName();
  }

  Column required(String header, ColumnType type, String meaning) {
    return add(header, type, true, List.of(), null, "", meaning);
  }

  <E extends Enum<E> & ContractCode> Column required(
      String header, Class<E> codes, String meaning) {
    return add(header, ColumnType.CODE, true, codesOf(codes), null, "", meaning);
  }

  /** An optional column whose empty field is simply absent. */
  Column optional(String header, ColumnType type, String meaning) {
    return add(header, type, false, List.of(), null, "", meaning);
  }

  /**
   * An optional column whose empty field stands for something the reader decides ({@code
   * absentMeans} says what).
   */
  Column optional(String header, ColumnType type, String absentMeans, String meaning) {
    return add(header, type, false, List.of(), null, absentMeans, meaning);
  }

  /** An optional yes/no column and the value an empty field stands for. */
  Column optional(String header, boolean whenAbsent, String meaning) {
    return add(
        header, ColumnType.BOOL, false, List.of(), whenAbsent, String.valueOf(whenAbsent), meaning);
  }

  /** An optional whole number and the value an empty field stands for. */
  Column optional(String header, ColumnType type, int whenAbsent, String meaning) {
    return add(header, type, false, List.of(), whenAbsent, String.valueOf(whenAbsent), meaning);
  }

  <E extends Enum<E> & ContractCode> Column optional(
      String header, Class<E> codes, String absentMeans, String meaning) {
    return add(header, ColumnType.CODE, false, codesOf(codes), null, absentMeans, meaning);
  }

  /** An optional code and the code an empty field stands for. */
  <E extends Enum<E> & ContractCode> Column optional(
      String header, Class<E> codes, E whenAbsent, String meaning) {
    return add(
        header,
        ColumnType.CODE,
        false,
        codesOf(codes),
        whenAbsent,
        "`" + whenAbsent.code() + "`",
        meaning);
  }

  private static <E extends Enum<E> & ContractCode> List<String> codesOf(Class<E> codes) {
    return Arrays.stream(codes.getEnumConstants()).map(ContractCode::code).toList();
  }

  private Column add(
      String header,
      ColumnType type,
      boolean required,
      List<String> codes,
      Object whenAbsent,
      String absentMeans,
      String meaning) {
    Column column =
        new Column(columns.size(), header, type, required, codes, whenAbsent, absentMeans, meaning);
    columns.add(column);
    return column;
  }
}
