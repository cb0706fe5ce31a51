package com.keepwise.reports.dataset.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A sheet of an Excel workbook (.xlsx), read with Apache POI's streaming API: the sheet's XML is
 * pulled row by row, so memory holds one row (and the workbook's shared strings), however long the
 * sheet. Date cells give ISO dates or datetimes, number cells plain decimals, TRUE/FALSE cells
 * {@code true}/{@code false}, formulas their cached value; text cells their text.
 *
 * @param sheet the sheet's name; the first sheet when empty
 */
public record SheetExport(Path path, String name, Optional<String> sheet) implements Export {

  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  /** The file is not a workbook this reader can open; the message says what it is instead. */
  public static final class NotAWorkbook extends IOException {
    NotAWorkbook(String message) {
      super(message);
    }
  }

  /** The names of the workbook's sheets, in order. */
  public static List<String> sheetNames(Path path) throws IOException {
    try (Workbook book = Workbook.open(path)) {
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator sheets = book.sheets();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
      }
      return names;
    }
  }

  /**
   * The merged ranges of the sheet ({@code A1:B1}), read in a pass of their own: a sheet lists them
   * after its rows, so the streaming reader cannot know them when it reads the header.
   */
  public List<String> mergedRanges() throws IOException {
    List<String> ranges = new ArrayList<>();
    try (Workbook book = Workbook.open(path);
        InputStream in = book.sheet(sheet)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("mergeCell")) {
          ranges.add(xml.getAttributeValue(null, "ref"));
        }
      }
    } catch (XMLStreamException e) {
      throw new NotAWorkbook("the sheet cannot be read: " + e.getMessage());
    }
    return ranges;
  }

  @Override
  public Cursor open() throws IOException {
    Workbook book = Workbook.open(path);
    try {
      InputStream in = book.sheet(sheet);
      return new SheetCursor(book, in, XML.createXMLStreamReader(in));
    } catch (XMLStreamException | IOException | RuntimeException e) {
      book.close();
      throw e instanceof IOException io
          ? io
          : new NotAWorkbook("the sheet cannot be read: " + e.getMessage());
    }
  }

  /** An open workbook: its package, shared strings, styles and date system. */
  private static final class Workbook implements AutoCloseable {
    final OPCPackage pkg;
    final XSSFReader reader;

    private Workbook(OPCPackage pkg, XSSFReader reader) {
      this.pkg = pkg;
      this.reader = reader;
    }

    static Workbook open(Path path) throws IOException {
      OPCPackage pkg;
      try {
        pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
        throw new NotAWorkbook(
            "is an Excel 97-2003 workbook (.xls) (expected an .xlsx workbook: save it as"
                + " \"Excel Workbook (.xlsx)\")");
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
        throw new NotAWorkbook(
            "is not an Excel workbook (expected an .xlsx file, as Excel or another spreadsheet saves it)");
      }
      try {
        return new Workbook(pkg, new XSSFReader(pkg));
      } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
          | IOException
          | RuntimeException e) {
        pkg.revert();
        throw new NotAWorkbook(
            "is not an Excel workbook (expected an .xlsx file, as Excel or another spreadsheet saves it)");
      }
    }

    XSSFReader.SheetIterator sheets() throws IOException {
      try {
        return reader.getSheetIterator();
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
        throw new NotAWorkbook(
            "is not an Excel workbook: it has no sheets (expected an .xlsx workbook)");
      }
    }

    /** The sheet's XML, the first sheet when no name is given. */
    InputStream sheet(Optional<String> name) throws IOException {
      XSSFReader.SheetIterator sheets = sheets();
      while (sheets.hasNext()) {
        InputStream in = sheets.next();
        if (name.isEmpty() || sheets.getSheetName().equals(name.get())) {
          return in;
        }
        in.close();
      }
      throw new NotAWorkbook(
          "has no sheet "
              + name.map(n -> "'" + n + "'").orElse("at all")
              + " (expected a sheet of the workbook)");
    }

    /** True when the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
    boolean date1904() throws IOException {
      try (InputStream in = reader.getWorkbookData()) {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("workbookPr")) {
            String value = xml.getAttributeValue(null, "date1904");
            return "1".equals(value) || "true".equals(value);
          }
        }
        return false;
      } catch (XMLStreamException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new NotAWorkbook("the workbook cannot be read: " + e.getMessage());
      }
    }

    @Override
    public void close() {
      pkg.revert(); // opened read-only: close without saving anything
    }
  }

  /** Pulls the sheet's rows from its XML. */
  private static final class SheetCursor implements Cursor {
    private final Workbook book;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;

    /** Whether each cell style is a date format, by style index. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private final SheetRow row = new SheetRow();
    private long lastRow;

    SheetCursor(Workbook book, InputStream in, XMLStreamReader xml) throws IOException {
      this.book = book;
      this.in = in;
      this.xml = xml;
      try {
        this.strings = new ReadOnlySharedStringsTable(book.pkg, false);
        this.styles = book.reader.getStylesTable();
      } catch (org.xml.sax.SAXException
          | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new NotAWorkbook("the workbook cannot be read: " + e.getMessage());
      }
      this.date1904 = book.date1904();
    }

    @Override
    public Fields next() throws IOException {
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
            readRow();
            if (!row.isBlank()) {
              return row;
            }
          }
          if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
            return null;
          }
        }
        return null;
      } catch (XMLStreamException e) {
        throw new NotAWorkbook(
            "the sheet cannot be read after row " + lastRow + ": " + e.getMessage());
      }
    }

    private void readRow() throws XMLStreamException {
      String r = xml.getAttributeValue(null, "r");
      lastRow = r != null ? Long.parseLong(r) : lastRow + 1;
      row.reset(lastRow);
      int column = -1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String ref = xml.getAttributeValue(null, "r");
          column = ref != null ? new CellReference(ref).getCol() : column + 1;
          readCell(column);
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
          return;
        }
      }
    }

    /** Reads one {@code <c>} element, up to its end. */
    private void readCell(int column) throws XMLStreamException {
      String type = xml.getAttributeValue(null, "t");
      String style = xml.getAttributeValue(null, "s");
      String value = null;
      StringBuilder inline = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (element.equals("v")) {
            value = xml.getElementText();
          } else if (element.equals("t")) { // inline string, plain or in rich-text runs
            if (inline == null) {
              inline = new StringBuilder();
            }
            inline.append(xml.getElementText());
          } else if (element.equals("rPh")) {
            skip(); // phonetic guide of Japanese text: not part of the value
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
          break;
        }
      }
      if ("inlineStr".equals(type)) {
        row.set(column, inline == null ? "" : inline.toString(), false);
      } else if (value == null) {
        row.set(column, "", false); // an empty cell, or a formula never calculated
      } else if ("s".equals(type)) {
        row.set(column, strings.getItemAt(Integer.parseInt(value.trim())).getString(), false);
      } else if ("str".equals(type) || "e".equals(type) || "d".equals(type)) {
        row.set(column, value, false); // formula text, error (#N/A) or ISO date text
      } else if ("b".equals(type)) {
        row.set(column, value.equals("1") ? "true" : "false", true);
      } else {
        row.set(column, number(value, style), true);
      }
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0 && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    /**
     * A number cell: an ISO date or datetime when its format is a date format, else a plain
     * decimal.
     */
    private String number(String value, String style) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        return value;
      }
      if (style != null && isDateStyle(Integer.parseInt(style))) {
        LocalDateTime at = DateUtil.getLocalDateTime(number.doubleValue(), date1904, true);
        if (at != null) {
          return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
              ? at.toLocalDate().toString()
              : at.toString();
        }
      }
      String plain = number.stripTrailingZeros().toPlainString();
      return plain;
    }

    private boolean isDateStyle(int index) {
      return dateStyles.computeIfAbsent(
          index,
          i -> {
            if (i >= styles.getNumCellStyles()) {
              return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return DateUtil.isADateFormat(
                cellStyle.getDataFormat(), cellStyle.getDataFormatString());
          });
    }

    @Override
    public long malformedSequences() {
      return 0;
    }

    @Override
    public void close() throws IOException {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // closing only
      }
      in.close();
      book.close();
    }
  }

  /** The cells of one sheet row, by column; one instance serves the whole pass. */
  private static final class SheetRow implements Fields {
    private long line;
    private String[] values = new String[16];
    private boolean[] typed = new boolean[16];
    private int count;

    SheetRow() {
      Arrays.fill(values, "");
    }

    /** True when no cell of the row holds anything (a row that is only formatted). */
    boolean isBlank() {
      for (int i = 0; i < count; i++) {
        if (!values[i].isEmpty()) {
          return false;
        }
      }
      return true;
    }

    void reset(long line) {
      this.line = line;
      Arrays.fill(values, 0, count, "");
      Arrays.fill(typed, 0, count, false);
      count = 0;
    }

    void set(int column, String value, boolean isTyped) {
      if (column >= values.length) {
        int size = Math.max(column + 1, values.length * 2);
        int old = values.length;
        values = Arrays.copyOf(values, size);
        typed = Arrays.copyOf(typed, size);
        Arrays.fill(values, old, size, "");
      }
      values[column] = value;
      typed[column] = isTyped;
      count = Math.max(count, column + 1);
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public String get(int field) {
      return field < count ? values[field] : "";
    }

    @Override
    public boolean typed(int field) {
      return field < count && typed[field];
    }
  }
}
