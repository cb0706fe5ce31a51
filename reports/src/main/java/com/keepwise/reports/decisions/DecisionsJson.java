package com.keepwise.reports.decisions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Reason;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Step;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.explain.Decimals;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code decisions.json}: an array with one object per customer (one a line), sorted by
 * customer_id, carrying the columns of {@code decisions.csv} and the full explanation — every
 * criterion's facts, severity, weight and points (in words where it moved the score), the reasons
 * in words, the evidence rows behind them, the trend and the steps that led to the action.
 * Streamed: a million customers never sit in memory.
 *
 * <p>Each entry is written field by field straight from the assessment, in the order below. A
 * record per object, filled and handed to Jackson's data binding, cost a site of 100,000 customers
 * 12 s of CPU, two thirds of it filling the records:
 *
 * <pre>
 * {customer_id, name, segment, action, risk_score, value_score, rule (null when no hard rule
 *  decided), reasons: [code…], risk_band, value_band,
 *  explanation: {reasons: [{code, kind, points, fact, evidence}],
 *                criteria: [criterion…], value: [criterion…],
 *                trend: {earlier, recent, worsening},
 *                steps: [{kind, subject, action}]}}
 * criterion: {id, measured, facts: {name: number…}, severity, weight, points, says (only where
 *             it moved the score), evidence}
 * evidence:  [{file, line, day}]
 * </pre>
 */
public final class DecisionsJson implements DecisionWriter {

  public static final String FILE_NAME = "decisions.json";

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final Writer out;
  private final PhraseRenderer words;
  private final ThreadLocal<Entry> entries = ThreadLocal.withInitial(Entry::new);
  private long written;

  /**
   * One customer a line: a third smaller than indented, still a JSON array, and a change to one
   * customer's decision is one changed line in a diff.
   */
  public DecisionsJson(Writer out, PhraseRenderer words) throws IOException {
    this.out = out;
    this.words = words;
    out.write("[\n");
  }

  @Override
  public String entry(Assessment assessment) {
    Entry entry = entries.get();
    try {
      entry.text.getBuffer().setLength(0);
      customer(entry.json, assessment);
      entry.json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // strings and numbers into a StringWriter
    }
    return entry.text.toString();
  }

  /** A thread's own generator and buffer, reused for every customer it writes. */
  private static final class Entry {
    final StringWriter text = new StringWriter(8192);
    final JsonGenerator json;

    Entry() {
      try {
        json = JSON.createGenerator(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // Entries are separated by the file, not by the generator.
      json.setRootValueSeparator(null);
    }
  }

  @Override
  public void append(String entry) throws IOException {
    if (written++ > 0) {
      out.write(",\n");
    }
    out.write(entry);
  }

  @Override
  public void close() throws IOException {
    out.write(written > 0 ? "\n]\n" : "]\n");
    out.close();
  }

  /** One customer: the columns of decisions.csv, the bands, and the explanation. */
  private void customer(JsonGenerator json, Assessment assessment) throws IOException {
    Decision decision = assessment.decision();
    json.writeStartObject();
    json.writeStringField("customer_id", decision.customerId().value());
    json.writeStringField("name", assessment.customer().name());
    json.writeStringField("segment", assessment.customer().segment());
    json.writeStringField("action", decision.action().name());
    json.writeFieldName("risk_score");
    json.writeNumber(new BigDecimal(decision.risk().toString()));
    json.writeFieldName("value_score");
    json.writeNumber(new BigDecimal(decision.value().toString()));
    json.writeStringField("rule", decision.rule().orElse(null));
    json.writeArrayFieldStart("reasons");
    for (Reason reason : decision.reasons()) {
      json.writeString(reason.code().name());
    }
    json.writeEndArray();
    json.writeStringField("risk_band", lowerCase(assessment.riskBand().name()));
    json.writeStringField("value_band", assessment.valueBand().code());
    json.writeObjectFieldStart("explanation");
    json.writeArrayFieldStart("reasons");
    for (Reason reason : decision.reasons()) {
      reason(json, reason);
    }
    json.writeEndArray();
    criteria(json, "criteria", assessment.risk());
    criteria(json, "value", assessment.value());
    json.writeObjectFieldStart("trend");
    json.writeNumberField("earlier", assessment.trend().earlier());
    json.writeNumberField("recent", assessment.trend().recent());
    json.writeBooleanField("worsening", assessment.trend().isWorsening());
    json.writeEndObject();
    json.writeArrayFieldStart("steps");
    for (Step step : assessment.steps()) {
      json.writeStartObject();
      json.writeStringField("kind", lowerCase(step.kind().name()));
      json.writeStringField("subject", step.subject());
      json.writeStringField("action", step.action().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void reason(JsonGenerator json, Reason reason) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", reason.code().name());
    json.writeStringField("kind", lowerCase(reason.code().kind().name()));
    json.writeFieldName("points");
    json.writeNumber(round(reason.points(), 1));
    json.writeStringField("fact", words.say(reason.fact()));
    evidence(json, reason.evidence());
    json.writeEndObject();
  }

  /**
   * The criteria of one side as weighed. In words ({@code says}) only where one moved the score:
   * the facts already say the rest, and two dozen sentences a customer would dominate the file and
   * its time.
   */
  private void criteria(JsonGenerator json, String side, List<WeighedCriterion> criteria)
      throws IOException {
    json.writeArrayFieldStart(side);
    for (WeighedCriterion weighed : criteria) {
      json.writeStartObject();
      json.writeStringField("id", weighed.criterion().id());
      json.writeBooleanField("measured", weighed.measurement().measured());
      json.writeObjectFieldStart("facts");
      if (weighed.measurement().measured()) {
        List<Fact> facts = weighed.criterion().facts();
        for (int i = 0; i < facts.size(); i++) {
          json.writeFieldName(facts.get(i).name());
          json.writeNumber(round(weighed.measurement().value(i), 4));
        }
      }
      json.writeEndObject();
      json.writeFieldName("severity");
      json.writeNumber(round(weighed.severity(), 4));
      json.writeFieldName("weight");
      json.writeNumber(round(weighed.weight(), 4));
      BigDecimal points = round(weighed.points(), 2);
      json.writeFieldName("points");
      json.writeNumber(points);
      if (points.signum() != 0) {
        json.writeStringField("says", words.say(weighed.measurement().says()));
      }
      evidence(json, weighed.measurement().evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void evidence(JsonGenerator json, List<EvidenceRef> refs) throws IOException {
    json.writeArrayFieldStart("evidence");
    for (EvidenceRef ref : refs) {
      json.writeStartObject();
      json.writeStringField("file", ref.file().fileName());
      json.writeNumberField("line", ref.line());
      json.writeStringField("day", ref.day().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Numbers rounded for people and for byte-identical output; no binary-fraction noise. */
  private static BigDecimal round(double value, int decimals) {
    return Decimals.rounded(value, decimals);
  }
}
