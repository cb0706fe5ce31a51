package com.keepwise.reports.explain;

import com.keepwise.domain.OneLine;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.reports.dataset.EvidenceStore;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Step;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.explain.Decimals;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One customer's decision explained in plain text, for a terminal ({@code keepwise explain}): the
 * scores, the steps that led to the action, the reasons in words, every criterion weighed with its
 * arithmetic, and the evidence rows behind the reasons.
 */
public final class PlainExplanation {

  private final PortfolioReview review;
  private final Path dataset;
  private final PhraseRenderer words;

  /**
   * Explains customers of {@code review}, whose dataset directory {@code dataset} holds the
   * evidence rows; in English, amounts in the dataset's currency.
   */
  public PlainExplanation(PortfolioReview review, Path dataset) {
    this.review = review;
    this.dataset = dataset;
    this.words = PhraseRenderer.english(review.info().currency());
  }

  /** Prints the customer's explanation to {@code out}, reading their evidence rows. */
  public void print(Assessment a, PrintWriter out) throws IOException {
    Decision d = a.decision();
    // Ids, names and segments are the client's data: printed on one line, control characters
    // escaped.
    out.printf(
        Locale.ROOT,
        "%s  %s  (segment %s)%n",
        OneLine.of(d.customerId().value()),
        OneLine.of(a.customer().name()),
        OneLine.of(a.customer().segment()));
    out.printf(
        Locale.ROOT,
        "Action: %s (%s)%n",
        d.action(),
        words.word("action." + d.action().code().toLowerCase(Locale.ROOT)));
    out.printf(
        Locale.ROOT,
        "Risk %s (%s) · Value %s (%s)%n",
        d.risk(),
        a.riskBand().name().toLowerCase(Locale.ROOT),
        d.value(),
        a.valueBand().code());
    out.printf(
        Locale.ROOT,
        "Policy: %s; review date %s, window from %s%n",
        review.policy().source(),
        review.info().asOf(),
        review.window().start().plusDays(1));
    out.println();
    out.println("How the action was reached:");
    for (Step step : a.steps()) {
      out.println(
          "  - "
              + words.say(
                  Phrase.of(
                      "step." + step.kind().name().toLowerCase(Locale.ROOT),
                      step.subject(),
                      step.action().name())));
    }
    out.println();
    out.println("Reasons, strongest first:");
    if (d.reasons().isEmpty()) {
      out.println("  (none: no problems found, and nothing that adds value was measured)");
    }
    int n = 1;
    for (Reason reason : d.reasons()) {
      String points =
          reason.points() > 0
              ? String.format(
                  Locale.ROOT,
                  " (+%.1f %s)",
                  reason.points(),
                  reason.code().kind() == ReasonCode.Kind.VALUE ? "value" : "risk")
              : "";
      out.printf(
          Locale.ROOT,
          "  %d. %s%s: %s%n",
          n++,
          words.word(reason.code().messageKey()),
          points,
          OneLine.of(words.say(reason.fact())));
    }
    out.println();
    double riskWeight = a.risk().stream().mapToDouble(WeighedCriterion::weight).sum();
    out.printf(
        Locale.ROOT,
        "Risk criteria (points = severity × weight × %s; the scale is 100 ÷ (full_risk_share %s × all risk weight %s)):%n",
        Decimals.plain(a.riskScale(), 4),
        Decimals.plain(review.policy().policy().fullRiskShare(), 4),
        Decimals.plain(riskWeight, 4));
    printWeighed(out, a.risk(), a.riskScale());
    out.printf(
        Locale.ROOT,
        "Value factors (points = strength × weight × %s; the scale is 100 ÷ the weight of the factors measured):%n",
        Decimals.plain(a.valueScale(), 4));
    printWeighed(out, a.value(), a.valueScale());
    out.println(trend(a.trend().earlier(), a.trend().recent()));
    printEvidence(out, a);
    out.flush();
  }

  /**
   * The trend line: problem events earlier in the window and recently, counted in words that agree.
   */
  public static String trend(long earlier, long recent) {
    return String.format(
        Locale.ROOT,
        "Trend: %d problem %s in the earlier part of the window, %d recently",
        earlier,
        earlier == 1 ? "event" : "events",
        recent);
  }

  private void printWeighed(PrintWriter out, List<WeighedCriterion> all, double scale) {
    for (WeighedCriterion w : all) {
      if (!w.measurement().measured()) {
        out.printf(
            Locale.ROOT,
            "  %-27s not measured: %s%n",
            w.criterion().id(),
            words.say(w.measurement().says()));
        continue;
      }
      StringBuilder facts = new StringBuilder();
      List<Fact> declared = w.criterion().facts();
      for (int i = 0; i < declared.size(); i++) {
        facts
            .append(i == 0 ? "" : ", ")
            .append(declared.get(i).name())
            .append('=')
            .append(Decimals.plain(w.measurement().value(i), 4));
      }
      out.printf(
          Locale.ROOT,
          "  %-27s %.4f × %-4s × %s = %5.1f   %s%n",
          w.criterion().id(),
          w.severity(),
          Decimals.plain(w.weight(), 4),
          Decimals.plain(scale, 4),
          w.points(),
          facts);
    }
  }

  private void printEvidence(PrintWriter out, Assessment a) throws IOException {
    TreeSet<EvidenceRef> refs = new TreeSet<>();
    a.decision().reasons().forEach(r -> refs.addAll(r.evidence()));
    if (refs.isEmpty()) {
      return;
    }
    try (EvidenceStore rows = EvidenceStore.open(dataset)) {
      printEvidence(out, refs, rows, a.customer().id().value());
    }
  }

  private static void printEvidence(
      PrintWriter out, TreeSet<EvidenceRef> refs, EvidenceStore rows, String customerId) {
    out.println();
    out.println("Evidence, oldest first:");
    for (EvidenceRef ref : refs) {
      List<String> fields = new ArrayList<>();
      Map<String, String> row = rows.row(ref, customerId);
      if (row.isEmpty()) {
        fields.add("(the row is no longer in the file: it changed after it was read)");
      }
      row.forEach(
          (column, value) -> {
            if (!value.isEmpty() && !column.equals("customer_id")) {
              fields.add(column + "=" + oneLine(value));
            }
          });
      out.printf(
          Locale.ROOT, "  %s  %-22s %s%n", ref.day(), rows.where(ref), String.join(", ", fields));
    }
  }

  private static String oneLine(String value) {
    String flat = OneLine.of(value.replaceAll("\\s+", " ").strip());
    return flat.length() > 80 ? flat.substring(0, 79) + "…" : flat;
  }
}
