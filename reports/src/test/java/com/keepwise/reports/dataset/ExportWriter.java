package com.keepwise.reports.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A contract file written out again as a client's system might export it — another dialect, other
 * headers in another order, other values, or an Excel sheet with typed cells — with the {@code
 * sources:} entry that maps it back.
 */
final class ExportWriter {

  /**
   * How the export is written.
   *
   * @param file the export's path in the dataset directory ({@code exports/fakturor.csv}, {@code
   *     crm.xlsx})
   * @param delimiter the CSV field separator
   * @param declareDelimiter false to leave the separator to detection
   * @param decimal the decimal mark
   * @param grouping the thousands separator, 0 for none
   * @param datePattern null for ISO
   * @param datetimePattern null for ISO; values with an offset are written with {@code XXX} after
   *     it
   * @param headers the export's header for each contract column it renames
   * @param order the contract columns in the export's order; the file's own order when empty
   * @param values by contract column, the export's word for each contract value it translates
   * @param sheet the sheet's name in a workbook
   */
  record Style(
      String file,
      char delimiter,
      boolean declareDelimiter,
      char decimal,
      char grouping,
      String datePattern,
      String datetimePattern,
      Map<String, String> headers,
      List<String> order,
      Map<String, Map<String, String>> values,
      String sheet) {

    static Style csv(String file) {
      return new Style(
          file, ',', false, '.', (char) 0, null, null, Map.of(), List.of(), Map.of(), null);
    }

    Style delimiter(char separator) {
      return new Style(
          file,
          separator,
          true,
          decimal,
          grouping,
          datePattern,
          datetimePattern,
          headers,
          order,
          values,
          sheet);
    }

    Style numbers(char mark, char thousands) {
      return new Style(
          file,
          delimiter,
          declareDelimiter,
          mark,
          thousands,
          datePattern,
          datetimePattern,
          headers,
          order,
          values,
          sheet);
    }

    Style dates(String date, String datetime) {
      return new Style(
          file,
          delimiter,
          declareDelimiter,
          decimal,
          grouping,
          date,
          datetime,
          headers,
          order,
          values,
          sheet);
    }

    Style headers(Map<String, String> renamed, List<String> columns) {
      return new Style(
          file,
          delimiter,
          declareDelimiter,
          decimal,
          grouping,
          datePattern,
          datetimePattern,
          renamed,
          columns,
          values,
          sheet);
    }

    Style values(Map<String, Map<String, String>> words) {
      return new Style(
          file,
          delimiter,
          declareDelimiter,
          decimal,
          grouping,
          datePattern,
          datetimePattern,
          headers,
          order,
          words,
          sheet);
    }

    Style sheet(String name) {
      return new Style(
          file,
          delimiter,
          declareDelimiter,
          decimal,
          grouping,
          datePattern,
          datetimePattern,
          headers,
          order,
          values,
          name);
    }

    boolean workbook() {
      return file.endsWith(".xlsx");
    }
  }

  private ExportWriter() {}

  /**
   * Writes {@code dir/<contract file>} as the style says into {@code dir/<style.file>}, deletes the
   * contract file, and returns the {@code sources:} entry (indented for {@code sources:}).
   */
  static String write(Path dir, Schema schema, Style style) throws IOException {
    Path contract = dir.resolve(schema.file().fileName());
    if (!style.workbook()) {
      return writeCsv(dir, contract, schema, style);
    }
    List<String> header;
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(contract)) {
      var records = csv.iterator();
      header = records.next().getFields();
      while (records.hasNext()) {
        rows.add(records.next().getFields());
      }
    }
    List<String> order =
        style.order().isEmpty() ? header : style.order().stream().filter(header::contains).toList();
    Map<String, Column> columns = new LinkedHashMap<>();
    schema.columns().forEach(c -> columns.put(c.header(), c));
    Path out = dir.resolve(style.file());
    Files.createDirectories(out.getParent());
    writeSheet(out, style, order, header, rows, columns);
    Files.delete(contract);
    return entry(schema, style, order);
  }

  /** As {@link #write} for a CSV export, row by row: a benchmark's files have millions of rows. */
  private static String writeCsv(Path dir, Path contract, Schema schema, Style style)
      throws IOException {
    Path out = dir.resolve(style.file());
    Files.createDirectories(out.getParent());
    List<String> order;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(contract);
        Writer text = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CsvWriter writer =
            CsvWriter.builder()
                .fieldSeparator(style.delimiter())
                .lineDelimiter(LineDelimiter.CRLF)
                .build(text)) {
      var records = csv.iterator();
      List<String> header = records.next().getFields();
      order =
          style.order().isEmpty()
              ? header
              : style.order().stream().filter(header::contains).toList();
      Map<String, Column> columns = new LinkedHashMap<>();
      schema.columns().forEach(c -> columns.put(c.header(), c));
      int[] fields = order.stream().mapToInt(header::indexOf).toArray();
      Column[] written = order.stream().map(columns::get).toArray(Column[]::new);
      writer.writeRecord(order.stream().map(c -> exportHeader(style, c)).toList());
      List<String> values = new ArrayList<>();
      while (records.hasNext()) {
        CsvRecord row = records.next();
        values.clear();
        for (int i = 0; i < fields.length; i++) {
          values.add(text(style, written[i], row.getField(fields[i])));
        }
        writer.writeRecord(values);
      }
    }
    Files.delete(contract);
    return entry(schema, style, order);
  }

  private static String exportHeader(Style style, String column) {
    return style.headers().getOrDefault(column, column);
  }

  /** A value as the export writes it as text. */
  private static String text(Style style, Column column, String value) {
    if (value.isEmpty() || column == null) {
      return value;
    }
    Map<String, String> words = style.values().get(column.header());
    if (words != null && words.containsKey(value)) {
      return words.get(value);
    }
    return switch (column.type()) {
      case DATE ->
          style.datePattern() == null
              ? value
              : LocalDate.parse(value).format(formatter(style.datePattern()));
      case DATETIME -> datetime(style, value);
      case POSITIVE_DECIMAL, NON_NEGATIVE_DECIMAL, ONE_TO_FIVE -> number(style, value);
      default -> value;
    };
  }

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
  }

  private static String datetime(Style style, String value) {
    if (style.datetimePattern() == null) {
      return value;
    }
    boolean offset =
        value.length() > 19
            && (value.endsWith("Z")
                || value.charAt(value.length() - 6) == '+'
                || value.charAt(value.length() - 6) == '-');
    return offset
        ? OffsetDateTime.parse(value).format(formatter(style.datetimePattern() + "XXX"))
        : LocalDateTime.parse(value).format(formatter(style.datetimePattern()));
  }

  /** {@code 11572.31} as {@code 11 572,31}, say. */
  static String number(Style style, String value) {
    String plain = new BigDecimal(value).toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && style.grouping() != 0) {
        grouped.append(style.grouping());
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + (point < 0 ? "" : style.decimal() + fraction);
  }

  private static void writeSheet(
      Path out,
      Style style,
      List<String> order,
      List<String> header,
      List<List<String>> rows,
      Map<String, Column> columns)
      throws IOException {
    try (SXSSFWorkbook book =
        new SXSSFWorkbook(null, 100, false, true)) { // shared strings, as Excel writes them
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle datetime = book.createCellStyle();
      datetime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Sheet sheet = book.createSheet(style.sheet() == null ? "Sheet1" : style.sheet());
      Row first = sheet.createRow(0);
      for (int i = 0; i < order.size(); i++) {
        first.createCell(i).setCellValue(exportHeader(style, order.get(i)));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < order.size(); i++) {
          Column column = columns.get(order.get(i));
          String value = rows.get(r).get(header.indexOf(order.get(i)));
          if (value.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(i);
          Map<String, String> words = column == null ? null : style.values().get(column.header());
          if (words != null && words.containsKey(value)) {
            cell.setCellValue(words.get(value));
            continue;
          }
          switch (column == null ? ColumnType.TEXT : column.type()) {
            case DATE -> {
              cell.setCellValue(LocalDate.parse(value));
              cell.setCellStyle(date);
            }
            case DATETIME -> {
              if (value.length() == 19 || value.length() == 16) {
                cell.setCellValue(LocalDateTime.parse(value));
                cell.setCellStyle(datetime);
              } else {
                cell.setCellValue(
                    datetime(style, value)); // with an offset: text, in the datetime pattern
              }
            }
            case POSITIVE_DECIMAL, NON_NEGATIVE_DECIMAL, ONE_TO_FIVE ->
                cell.setCellValue(Double.parseDouble(value));
            case BOOL -> {
              Boolean yes = ContractTypes.bool(value);
              if (yes != null) {
                cell.setCellValue(yes);
              } else {
                cell.setCellValue(value);
              }
            }
            default -> cell.setCellValue(value);
          }
        }
      }
      try (OutputStream file = Files.newOutputStream(out)) {
        book.write(file);
      }
      book.dispose();
    }
  }

  /** The {@code sources:} entry mapping the export back, as YAML under {@code sources:}. */
  private static String entry(Schema schema, Style style, List<String> order) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("  ").append(schema.file().label()).append(":\n");
    yaml.append("    file: ").append(quoted(style.file())).append('\n');
    if (!style.workbook() && style.declareDelimiter()) {
      yaml.append("    delimiter: ")
          .append(style.delimiter() == '\t' ? "\"\\t\"" : quoted(String.valueOf(style.delimiter())))
          .append('\n');
    }
    if (style.decimal() != '.') {
      yaml.append("    decimal: ").append(quoted(String.valueOf(style.decimal()))).append('\n');
    }
    if (style.datePattern() != null) {
      yaml.append("    date_format: ").append(quoted(style.datePattern())).append('\n');
    }
    if (style.datetimePattern() != null) {
      yaml.append("    datetime_format: [")
          .append(quoted(style.datetimePattern() + "XXX"))
          .append(", ")
          .append(quoted(style.datetimePattern()))
          .append("]\n");
    }
    if (style.sheet() != null) {
      yaml.append("    sheet: ").append(quoted(style.sheet())).append('\n');
    }
    List<String> renamed = order.stream().filter(style.headers()::containsKey).toList();
    if (!renamed.isEmpty()) {
      yaml.append("    columns:\n");
      for (String column : renamed) {
        yaml.append("      ")
            .append(column)
            .append(": ")
            .append(quoted(style.headers().get(column)))
            .append('\n');
      }
    }
    if (!style.values().isEmpty()) {
      yaml.append("    values:\n");
      for (Map.Entry<String, Map<String, String>> column : style.values().entrySet()) {
        yaml.append("      ").append(column.getKey()).append(":\n");
        for (Map.Entry<String, String> word : column.getValue().entrySet()) {
          yaml.append("        ")
              .append(quoted(word.getValue()))
              .append(": ")
              .append(quoted(word.getKey()))
              .append('\n');
        }
      }
    }
    return yaml.toString();
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\u00A0' -> out.append("\\u00A0");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
