package com.keepwise.reports.decisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Reason;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.explain.Decimals;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code decisions.json}: an array with one object per customer (one a line), sorted by
 * customer_id, carrying the columns of {@code decisions.csv} and the full explanation — every
 * criterion's facts, severity, weight and points (in words where it moved the score), the reasons
 * in words, the evidence rows behind them, the trend and the steps that led to the action.
 * Streamed: a million customers never sit in memory.
 *
 * <p>The records below are the file's shape, in field order; Jackson writes them.
 */
public final class DecisionsJson implements DecisionWriter {

  public static final String FILE_NAME = "decisions.json";

  private static final ObjectWriter JSON =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
          .addModule(new Jdk8Module())
          .addModule(
              new BlackbirdModule()) // accessors by generated lambdas, not reflection: as fast as
          // hand-written
          .build()
          .writerFor(CustomerDecision.class)
          .withRootValueSeparator(""); // entries are separated by the file, not the generator

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
      JSON.writeValue(entry.json, view(assessment));
      entry.json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // records of strings and numbers into a StringWriter
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
  record CustomerDecision(
      @JsonProperty("customer_id") String customerId,
      String name,
      String segment,
      String action,
      @JsonProperty("risk_score") BigDecimal riskScore,
      @JsonProperty("value_score") BigDecimal valueScore,
      Optional<String> rule, // written as null when no hard rule decided
      List<String> reasons,
      @JsonProperty("risk_band") String riskBand,
      @JsonProperty("value_band") String valueBand,
      Explanation explanation) {}

  record Explanation(
      List<ReasonEntry> reasons,
      List<CriterionEntry> criteria,
      List<CriterionEntry> value,
      TrendEntry trend,
      List<StepEntry> steps) {}

  record ReasonEntry(
      String code, String kind, BigDecimal points, String fact, List<EvidenceEntry> evidence) {}

  /**
   * A criterion as weighed. In words ({@code says}) only where it moved the score: the facts
   * already say the rest, and two dozen sentences a customer would dominate the file and its time.
   */
  record CriterionEntry(
      String id,
      boolean measured,
      Map<String, BigDecimal> facts,
      BigDecimal severity,
      BigDecimal weight,
      BigDecimal points,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> says,
      List<EvidenceEntry> evidence) {}

  record TrendEntry(int earlier, int recent, boolean worsening) {}

  record StepEntry(String kind, String subject, String action) {}

  record EvidenceEntry(String file, long line, String day) {}

  private CustomerDecision view(Assessment assessment) {
    Decision decision = assessment.decision();
    return new CustomerDecision(
        decision.customerId().value(),
        assessment.customer().name(),
        assessment.customer().segment(),
        decision.action().name(),
        new BigDecimal(decision.risk().toString()),
        new BigDecimal(decision.value().toString()),
        decision.rule(),
        decision.reasons().stream().map(reason -> reason.code().name()).toList(),
        lowerCase(assessment.riskBand().name()),
        assessment.valueBand().code(),
        new Explanation(
            decision.reasons().stream().map(this::reason).toList(),
            assessment.risk().stream().map(this::criterion).toList(),
            assessment.value().stream().map(this::criterion).toList(),
            new TrendEntry(
                assessment.trend().earlier(),
                assessment.trend().recent(),
                assessment.trend().isWorsening()),
            assessment.steps().stream()
                .map(
                    step ->
                        new StepEntry(
                            lowerCase(step.kind().name()), step.subject(), step.action().name()))
                .toList()));
  }

  private ReasonEntry reason(Reason reason) {
    return new ReasonEntry(
        reason.code().name(),
        lowerCase(reason.code().kind().name()),
        round(reason.points(), 1),
        words.say(reason.fact()),
        evidence(reason.evidence()));
  }

  private CriterionEntry criterion(WeighedCriterion weighed) {
    Map<String, BigDecimal> facts = new LinkedHashMap<>();
    if (weighed.measurement().measured()) {
      List<Fact> all = weighed.criterion().facts();
      for (int i = 0; i < all.size(); i++) {
        facts.put(all.get(i).name(), round(weighed.measurement().value(i), 4));
      }
    }
    BigDecimal points = round(weighed.points(), 2);
    Optional<String> says =
        points.signum() != 0
            ? Optional.of(words.say(weighed.measurement().says()))
            : Optional.empty();
    return new CriterionEntry(
        weighed.criterion().id(),
        weighed.measurement().measured(),
        facts,
        round(weighed.severity(), 4),
        round(weighed.weight(), 4),
        points,
        says,
        evidence(weighed.measurement().evidence()));
  }

  private static List<EvidenceEntry> evidence(List<EvidenceRef> refs) {
    return refs.stream()
        .map(ref -> new EvidenceEntry(ref.file().fileName(), ref.line(), ref.day().toString()))
        .toList();
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Numbers rounded for people and for byte-identical output; no binary-fraction noise. */
  private static BigDecimal round(double value, int decimals) {
    return Decimals.rounded(value, decimals);
  }
}
