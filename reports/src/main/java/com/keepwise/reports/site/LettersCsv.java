package com.keepwise.reports.site;

import com.keepwise.reports.decisions.SpreadsheetText;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code letters.csv} at the site's root: every customer's letter, one row each in customer_id
 * order ({@code customer_id, name, action, subject, date, addressee, greeting, body, closing,
 * signature}), for a spreadsheet or a word processor's mail merge.
 *
 * <p>Written for Excel and mail merge rather than for programs: UTF-8 with a byte-order mark,
 * because Excel reads a CSV file without one in the system's legacy code page and garbles every å,
 * ł, 日 and ی; CRLF line ends and RFC 4180 quoting (FastCSV), so a body's paragraphs stay in one
 * cell; and text cells that a spreadsheet would take for a formula neutralised with a leading
 * {@code '} ({@link SpreadsheetText}, as in {@code decisions.csv}).
 *
 * <p>Customer pages are written in parallel; each letter's row is made with its page and the rows
 * are written in customer_id order, so the file is the same whatever the threads did.
 */
final class LettersCsv implements java.io.Closeable {

  static final String FILE_NAME = "letters.csv";

  private static final List<String> HEADER =
      List.of(
          "customer_id",
          "name",
          "action",
          "subject",
          "date",
          "addressee",
          "greeting",
          "body",
          "closing",
          "signature");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;

  private LettersCsv(OutputStream out) {
    this.out = out;
  }

  /** Starts {@code letters.csv} in {@code root}: the BOM and the header. */
  static LettersCsv create(Path root) throws IOException {
    OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(root.resolve(FILE_NAME)), 1 << 16);
    out.write(BOM);
    StringWriter header = new StringWriter();
    CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(header).writeRecord(HEADER).close();
    out.write(header.toString().getBytes(StandardCharsets.UTF_8));
    return new LettersCsv(out);
  }

  /** No letters: rows appended are dropped. */
  static LettersCsv none() {
    return new LettersCsv(OutputStream.nullOutputStream());
  }

  /** One customer's letter as a row of the file. */
  static String record(String customerId, String name, String action, CustomerPage.Letter letter) {
    StringWriter text = new StringWriter(1 << 10);
    CsvWriter.builder()
        .lineDelimiter(LineDelimiter.CRLF)
        .bufferSize(0)
        .build(text)
        .writeRecord(
            cell(customerId),
            cell(name),
            action,
            cell(letter.subject()),
            cell(letter.date()),
            cell(String.join("\r\n", letter.to())),
            cell(letter.greeting()),
            cell(letter.bodyText().replace("\n", "\r\n")),
            cell(letter.closing()),
            cell(String.join("\r\n", letter.signature())));
    return text.toString();
  }

  private static String cell(String value) {
    return SpreadsheetText.NEUTRALISED.cell(value);
  }

  /** Appends a row made by {@link #record}. */
  void append(String record) throws IOException {
    out.write(record.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
