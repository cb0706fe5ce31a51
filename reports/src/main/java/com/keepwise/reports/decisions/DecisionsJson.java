package com.keepwise.reports.decisions;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code decisions.json}: an array with one object per customer, sorted by customer_id, carrying the
 * columns of {@code decisions.csv} and the full explanation — every criterion's facts, severity,
 * weight and points, the reasons in words, the evidence rows behind them, the trend and the steps
 * that led to the action. Streamed: a million customers never sit in memory.
 */
public final class DecisionsJson implements DecisionWriter {

  public static final String FILE_NAME = "decisions.json";

  private final JsonGenerator json;
  private final PhraseRenderer words;

  public DecisionsJson(OutputStream out, PhraseRenderer words) throws IOException {
    this(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), words);
  }

  public DecisionsJson(Writer out, PhraseRenderer words) throws IOException {
    this(new JsonFactory().createGenerator(out), words);
  }

  private DecisionsJson(JsonGenerator json, PhraseRenderer words) throws IOException {
    this.json = json;
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    json.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
    this.words = words;
    json.writeStartArray();
  }

  @Override
  public void write(Assessment assessment) throws IOException {
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
    writeReasons(decision.reasons());
    writeWeighed("criteria", assessment.risk());
    writeWeighed("value", assessment.value());
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

  private void writeReasons(List<Reason> reasons) throws IOException {
    json.writeArrayFieldStart("reasons");
    for (Reason reason : reasons) {
      json.writeStartObject();
      json.writeStringField("code", reason.code().name());
      json.writeStringField("kind", reason.code().kind().name().toLowerCase(Locale.ROOT));
      json.writeNumberField("points", round(reason.points(), 1));
      json.writeStringField("fact", words.say(reason.fact()));
      writeEvidence(reason.evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeWeighed(String field, List<Weighed> all) throws IOException {
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
      json.writeNumberField("points", round(weighed.points(), 2));
      json.writeStringField("says", words.say(weighed.measurement().says()));
      writeEvidence(weighed.measurement().evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeEvidence(List<EvidenceRef> evidence) throws IOException {
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

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.writeRaw('\n');
    json.close();
  }
}
