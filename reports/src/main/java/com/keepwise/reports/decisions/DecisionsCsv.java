package com.keepwise.reports.decisions;

import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code decisions.csv}, as the data contract defines it: one row per customer, sorted by
 * customer_id, {@code customer_id,name,segment,action,risk_score,value_score,rule,reasons}.
 */
public final class DecisionsCsv implements DecisionWriter {

  public static final String FILE_NAME = "decisions.csv";

  private final CsvWriter csv;

  public DecisionsCsv(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord("customer_id", "name", "segment", "action", "risk_score", "value_score", "rule", "reasons");
  }

  @Override
  public void write(Assessment assessment) {
    Decision decision = assessment.decision();
    csv.writeRecord(
        decision.customerId().value(),
        assessment.customer().name(),
        assessment.customer().segment(),
        decision.action().name(),
        decision.risk().toString(),
        decision.value().toString(),
        decision.rule().orElse(""),
        decision.reasonCodes().stream().map(ReasonCode::name).collect(Collectors.joining(";")));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
