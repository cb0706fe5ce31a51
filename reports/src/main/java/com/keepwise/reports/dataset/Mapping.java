package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.dataset.source.CsvExport;
import com.keepwise.reports.dataset.source.Dialect;
import com.keepwise.reports.dataset.source.Export;
import com.keepwise.reports.dataset.source.ValueKind;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the rows of one contract file come from and how each of its columns is read there: the
 * contract's own CSV file read as it is, or a client's export mapped in {@code dataset.yaml}'s
 * {@code sources:} (another header per column, a dialect, value translations).
 *
 * <p>A mapped value is turned into contract text before the contract's typed reading sees it, so
 * the export is checked exactly as strictly as a contract file; problems still name the export's
 * file, line, column and header, and quote the value as the export wrote it. The common typed
 * values (decimals, dates and datetimes in patterns read by position) are read straight to numbers
 * instead ({@link #direct}), with the same result and without the text in between; anything else
 * goes the way of the text.
 */
final class Mapping {

  /** What {@link #direct} returns for a value to go the way of contract text. */
  static final long UNREAD = Dialect.UNREAD;

  private final Schema schema;
  private final Export export;
  private final boolean mapped;

  /** The export's header of each contract column, by column ordinal. */
  private final String[] headers;

  private final Dialect dialect;

  /** Value translations by column ordinal; null where there are none. */
  private final Map<String, String>[] values;

  private final ValueKind[] kinds;

  @SuppressWarnings("unchecked")
  private Mapping(
      Schema schema,
      Export export,
      boolean mapped,
      String[] headers,
      Dialect dialect,
      Map<String, String>[] values) {
    this.schema = schema;
    this.export = export;
    this.mapped = mapped;
    this.headers = headers;
    this.dialect = dialect;
    this.values = values;
    this.kinds = schema.columns().stream().map(c -> kind(c.type())).toArray(ValueKind[]::new);
  }

  /** The contract file itself, {@code dir/invoices.csv}, read as the contract says. */
  @SuppressWarnings("unchecked")
  static Mapping contract(Path dir, Schema schema) {
    String name = schema.file().fileName();
    String[] headers = schema.columns().stream().map(Column::header).toArray(String[]::new);
    return new Mapping(
        schema,
        new CsvExport(dir.resolve(name), name, ','),
        false,
        headers,
        Dialect.CONTRACT,
        new Map[schema.columns().size()]);
  }

  /** An export mapped in {@code sources:}; {@code headers} and {@code values} by column ordinal. */
  static Mapping mapped(
      Schema schema,
      Export export,
      String[] headers,
      Dialect dialect,
      Map<String, String>[] values) {
    return new Mapping(schema, export, true, headers.clone(), dialect, values.clone());
  }

  /** What a contract column holds, for turning an export's value into contract text. */
  static ValueKind kind(ColumnType type) {
    return switch (type) {
      case DATE -> ValueKind.DATE;
      case DATETIME -> ValueKind.DATETIME;
      case POSITIVE_DECIMAL, NON_NEGATIVE_DECIMAL -> ValueKind.DECIMAL;
      case ONE_TO_FIVE -> ValueKind.INTEGER;
      case BOOL -> ValueKind.BOOL;
      case TEXT, ID, CUSTOMER_REF, CODE -> ValueKind.TEXT;
    };
  }

  SourceFile file() {
    return schema.file();
  }

  Schema schema() {
    return schema;
  }

  Export export() {
    return export;
  }

  /** True for a client's export mapped in {@code sources:}, false for the contract's own file. */
  boolean mapped() {
    return mapped;
  }

  /** The header the column has in the export. */
  String header(Column column) {
    return headers[column.ordinal()];
  }

  /**
   * The column as problems name it: its own header, and for a mapped export the contract column it
   * feeds ({@code Belopp (amount)}).
   */
  String name(Column column) {
    return mapped ? headers[column.ordinal()] + " (" + column.header() + ")" : column.header();
  }

  /**
   * A field of the export as contract text: translated by {@code values:}, then read in the
   * export's dialect. Null when the value is not written as the dialect says; empty stays empty.
   *
   * @param typed the field is a typed cell of a workbook, already in contract form
   */
  String contractText(Column column, String field, boolean typed) {
    if (!mapped || field.isEmpty()) {
      return field;
    }
    Map<String, String> translations = values[column.ordinal()];
    if (translations != null) {
      String translated = translations.get(field);
      if (translated != null) {
        return translated;
      }
    }
    return switch (kinds[column.ordinal()]) {
      case DATE -> typed ? dateCell(field) : dialect.date(field);
      case DATETIME ->
          typed ? (field.length() == 10 ? field + "T00:00" : field) : dialect.datetime(field);
      case DECIMAL, INTEGER -> typed ? field : dialect.decimal(field);
      case BOOL -> typed ? field : field.strip();
      case TEXT -> field;
    };
  }

  /**
   * A mapped export's field read straight to the number the contract's reading of its {@link
   * #contractText} gives: ten-thousandths for a decimal column, the epoch day for a date column,
   * the epoch second for a datetime column (local ones in {@code zone}; its date and time as
   * written go to {@code local[ordinal]}, see {@link Dialect#epochSecond(String, ZoneOffsets,
   * long[], int)}). {@link #UNREAD} for the contract's own file, a workbook's typed cell, a value
   * translated by {@code values:}, an empty one, and whatever the dialect does not read directly or
   * the contract would refuse: such a value goes the way of the text, which reads it or reports it.
   */
  long direct(Column column, String field, boolean typed, ZoneOffsets zone, long[] local) {
    if (!mapped || typed || translated(column, field)) {
      return UNREAD;
    }
    return switch (kinds[column.ordinal()]) {
      case DATE -> dialect.epochDay(field);
      case DATETIME -> dialect.epochSecond(field, zone, local, column.ordinal());
      case DECIMAL -> dialect.tenThousandths(field);
      case INTEGER, BOOL, TEXT -> UNREAD;
    };
  }

  /** True when {@code values:} translates the field, which {@link #contractText} does first. */
  private boolean translated(Column column, String field) {
    Map<String, String> translations = values[column.ordinal()];
    return translations != null && translations.get(field) != null;
  }

  /** A date cell holds a day; a cell with a time of day is not a date. */
  private static String dateCell(String field) {
    return field.length() == 10 ? field : null;
  }

  /**
   * What is wrong with a value that is not written as the export's dialect says: {@code is not a
   * date}.
   */
  String notA(Column column) {
    return switch (kinds[column.ordinal()]) {
      case DATE -> "is not a date";
      case DATETIME -> "is not a datetime";
      case DECIMAL -> "is not a decimal";
      case INTEGER -> "is not a whole number";
      case BOOL -> "is not a yes/no value";
      case TEXT -> "is not allowed";
    };
  }

  /** What a value of the column looks like in this export, for "expected …" in messages. */
  String expected(Column column) {
    if (!mapped) {
      return column.expected();
    }
    ValueKind kind = kinds[column.ordinal()];
    String expected =
        kind == ValueKind.TEXT || kind == ValueKind.BOOL
            ? column.expected()
            : dialect.example(kind);
    Map<String, String> translations = values[column.ordinal()];
    if (translations != null) {
      expected +=
          ", or one of the values mapped in dataset.yaml: "
              + String.join(", ", translations.keySet());
    }
    return expected;
  }
}
