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
 * <p>Customer pages are written in parallel, chunk by chunk: each chunk's rows go to a part file,
 * and the parts are joined in order at the end, so the file is the same whatever the threads did.
 */
final class LettersCsv {

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

  private final StringWriter text = new StringWriter(1 << 14);
  private final CsvWriter csv =
      CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(0).build(text);

  /** Adds one customer's letter. */
  void add(String customerId, String name, String action, CustomerPage.Letter letter) {
    csv.writeRecord(
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
  }

  private static String cell(String value) {
    return SpreadsheetText.NEUTRALISED.cell(value);
  }

  /** Writes the rows added so far to part {@code n} beside the file, and forgets them. */
  void savePart(Path root, int n) throws IOException {
    Files.writeString(part(root, n), text.toString(), StandardCharsets.UTF_8);
    text.getBuffer().setLength(0);
  }

  private static Path part(Path root, int n) {
    return root.resolve(".letters-" + n + ".part");
  }

  /**
   * Joins parts 0 to {@code parts - 1} into {@code letters.csv}, under the BOM and the header, and
   * removes them.
   */
  static void join(Path root, int parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(root.resolve(FILE_NAME))) {
      out.write(BOM);
      StringWriter header = new StringWriter();
      CsvWriter.builder()
          .lineDelimiter(LineDelimiter.CRLF)
          .build(header)
          .writeRecord(HEADER)
          .close();
      out.write(header.toString().getBytes(StandardCharsets.UTF_8));
      for (int n = 0; n < parts; n++) {
        Path part = part(root, n);
        if (Files.exists(part)) {
          Files.copy(part, out);
          Files.delete(part);
        }
      }
    }
  }
}
