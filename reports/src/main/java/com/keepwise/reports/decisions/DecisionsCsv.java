package com.keepwise.reports.decisions;

import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code decisions.csv}, as the data contract defines it: one row per customer, sorted by
 * customer_id, {@code customer_id,name,segment,action,risk_score,value_score,rule,reasons}. Text
 * cells that a spreadsheet would take for a formula are neutralised ({@link SpreadsheetText}).
 */
public final class DecisionsCsv implements DecisionWriter {

  public static final String FILE_NAME = "decisions.csv";

  private final Writer out;
  private final SpreadsheetText text;
  // Each thread quotes its rows with its own unbuffered writer into its own string.
  private final ThreadLocal<Row> rows = ThreadLocal.withInitial(Row::new);

  /** Writes to {@code out}, with formula-like text cells neutralised. */
  public DecisionsCsv(Writer out) throws IOException {
    this(out, SpreadsheetText.NEUTRALISED);
  }

  public DecisionsCsv(Writer out, SpreadsheetText text) throws IOException {
    this.out = out;
    this.text = text;
    append(
        rows.get()
            .line(
                "customer_id",
                "name",
                "segment",
                "action",
                "risk_score",
                "value_score",
                "rule",
                "reasons"));
  }

  @Override
  public String entry(Assessment assessment) {
    Decision decision = assessment.decision();
    return rows.get()
        .line(
            text.cell(decision.customerId().value()),
            text.cell(assessment.customer().name()),
            text.cell(assessment.customer().segment()),
            decision.action().name(),
            decision.risk().toString(),
            decision.value().toString(),
            text.cell(decision.rule().orElse("")),
            decision.reasonCodes().stream().map(ReasonCode::name).collect(Collectors.joining(";")));
  }

  @Override
  public void append(String entry) throws IOException {
    out.write(entry);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static final class Row {
    final StringWriter text = new StringWriter(256);
    final CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(0).build(text);

    String line(String... fields) {
      text.getBuffer().setLength(0);
      csv.writeRecord(fields);
      try {
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      return text.toString();
    }
  }
}
