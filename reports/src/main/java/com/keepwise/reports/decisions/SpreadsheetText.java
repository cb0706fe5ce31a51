package com.keepwise.reports.decisions;

/**
 * Text cells of the CSV files a consultant opens in a spreadsheet ({@code decisions.csv}, {@code
 * letters.csv}). A cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is taken for a formula by Excel, LibreOffice and Google Sheets; a customer's name
 * such as {@code =HYPERLINK(...)} would run when the file is opened. As OWASP recommends against
 * CSV injection, such a cell is written with a leading {@code '}, which spreadsheets show as text.
 * Only text cells go through here: a number such as {@code -3.5} stays a number.
 */
public enum SpreadsheetText {

  /** The default: cells that would start a formula get a leading {@code '}. */
  NEUTRALISED,

  /** The values exactly as they are ({@code score --raw-csv}), for programs rather than people. */
  RAW;

  /** The cell as it is written. */
  public String cell(String value) {
    return this == NEUTRALISED && startsFormula(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet would take {@code value} for a formula. */
  public static boolean startsFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
