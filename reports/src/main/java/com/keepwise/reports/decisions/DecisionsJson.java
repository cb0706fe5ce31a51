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
import com.keepwise.scoring.decide.Weighed;
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
 */
public final class DecisionsJson implements DecisionWriter {

  public static final String FILE_NAME = "decisions.json";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .setRootValueSeparator(null); // entries are separated by the file, not the generator

  private final Writer out;
  private final PhraseRenderer words;
  // Each thread writes its customers with its own generator into its own buffer.
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
      write(entry.json, assessment);
      entry.json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return entry.text.toString();
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

  private static final class Entry {
    final StringWriter text = new StringWriter(8192);
    final JsonGenerator json;

    Entry() {
      try {
        json = FACTORY.createGenerator(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void write(JsonGenerator json, Assessment assessment) throws IOException {
    Decision decision = assessment.decision();
    json.writeStartObject();
    json.writeStringField("customer_id", decision.customerId().value());
    json.writeStringField("name", assessment.customer().name());
    json.writeStringField("segment", assessment.customer().segment());
    json.writeStringField("action", decision.action().name());
    json.writeNumberField("risk_score", new BigDecimal(decision.risk().toString()));
    json.writeNumberField("value_score", new BigDecimal(decision.value().toString()));
    if (decision.rule().isPresent()) {
      json.writeStringField("rule", decision.rule().get());
    } else {
      json.writeNullField("rule");
    }
    json.writeArrayFieldStart("reasons");
    for (Reason reason : decision.reasons()) {
      json.writeString(reason.code().name());
    }
    json.writeEndArray();
    json.writeStringField("risk_band", assessment.riskBand().name().toLowerCase(Locale.ROOT));
    json.writeStringField("value_band", assessment.valueBand().code());
    json.writeObjectFieldStart("explanation");
    writeReasons(json, decision.reasons());
    writeWeighed(json, "criteria", assessment.risk());
    writeWeighed(json, "value", assessment.value());
    json.writeObjectFieldStart("trend");
    json.writeNumberField("earlier", assessment.trend().earlier());
    json.writeNumberField("recent", assessment.trend().recent());
    json.writeBooleanField("worsening", assessment.trend().isWorsening());
    json.writeEndObject();
    json.writeArrayFieldStart("steps");
    for (Step step : assessment.steps()) {
      json.writeStartObject();
      json.writeStringField("kind", step.kind().name().toLowerCase(Locale.ROOT));
      json.writeStringField("subject", step.subject());
      json.writeStringField("action", step.action().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeReasons(JsonGenerator json, List<Reason> reasons) throws IOException {
    json.writeArrayFieldStart("reasons");
    for (Reason reason : reasons) {
      json.writeStartObject();
      json.writeStringField("code", reason.code().name());
      json.writeStringField("kind", reason.code().kind().name().toLowerCase(Locale.ROOT));
      json.writeNumberField("points", round(reason.points(), 1));
      json.writeStringField("fact", words.say(reason.fact()));
      writeEvidence(json, reason.evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeWeighed(JsonGenerator json, String field, List<Weighed> all) throws IOException {
    json.writeArrayFieldStart(field);
    for (Weighed weighed : all) {
      json.writeStartObject();
      json.writeStringField("id", weighed.criterion().id());
      json.writeBooleanField("measured", weighed.measurement().measured());
      json.writeObjectFieldStart("facts");
      if (weighed.measurement().measured()) {
        List<Fact> facts = weighed.criterion().facts();
        for (int i = 0; i < facts.size(); i++) {
          json.writeNumberField(facts.get(i).name(), round(weighed.measurement().value(i), 4));
        }
      }
      json.writeEndObject();
      json.writeNumberField("severity", round(weighed.severity(), 4));
      json.writeNumberField("weight", round(weighed.weight(), 4));
      BigDecimal points = round(weighed.points(), 2);
      json.writeNumberField("points", points);
      if (points.signum() != 0) {
        // In words only where it moved the score: the facts above already say the rest, and
        // two dozen sentences a customer would dominate the file and the time to write it.
        json.writeStringField("says", words.say(weighed.measurement().says()));
      }
      writeEvidence(json, weighed.measurement().evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator json, List<EvidenceRef> evidence) throws IOException {
    json.writeArrayFieldStart("evidence");
    for (EvidenceRef ref : evidence) {
      json.writeStartObject();
      json.writeStringField("file", ref.file().fileName());
      json.writeNumberField("line", ref.line());
      json.writeStringField("day", ref.day().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Numbers rounded for people and for byte-identical output; no binary-fraction noise. */
  private static BigDecimal round(double value, int decimals) {
    return Decimals.rounded(value, decimals);
  }

}
