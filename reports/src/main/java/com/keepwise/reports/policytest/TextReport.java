package com.keepwise.reports.policytest;

import com.keepwise.domain.OneLine;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A test run for a terminal, like a test runner's: a line per case under its file, and for a failed
 * case what was expected, what came out, what differs and why (the strongest reasons); then {@code
 * N passed, N failed}.
 */
public final class TextReport {

  /** How many reasons a failed case shows. */
  static final int TOP_REASONS = 3;

  private TextReport() {}

  public static void print(TestRun run, PrintWriter out) {
    String file = null;
    for (CaseResult r : run.results()) {
      if (!r.testCase().source().equals(file)) {
        file = r.testCase().source();
        out.println(OneLine.of(file));
      }
      if (r.passed()) {
        out.printf(Locale.ROOT, "  PASS  %s%n", OneLine.of(r.name()));
        continue;
      }
      // Names and expectations come from a pull request's case file: printed on one line each.
      out.printf(
          Locale.ROOT,
          "  FAIL  %s  (%s:%d)%n",
          OneLine.of(r.name()),
          OneLine.of(file),
          r.testCase().line());
      out.printf(
          Locale.ROOT,
          "        expected  %s%n",
          OneLine.of(expected(r.testCase().spec().expect())));
      out.printf(Locale.ROOT, "        got       %s%n", OneLine.of(got(r.assessment().decision())));
      for (String failure : r.failures()) {
        out.printf(Locale.ROOT, "        failed    %s%n", OneLine.of(failure));
      }
      List<String> why = why(r);
      for (int i = 0; i < why.size(); i++) {
        out.printf(
            Locale.ROOT,
            "        %s %s%n",
            i == 0 ? "because  " : "         ",
            OneLine.of(why.get(i)));
      }
    }
    out.printf(Locale.ROOT, "%d passed, %d failed%n", run.passed(), run.failed());
  }

  /**
   * {@code RESET_TERMS, no hard rule, risk 20–60, with PAYS_LATE, without HAGGLES}; or {@code at
   * least RESET_TERMS, …}.
   */
  static String expected(Expectation e) {
    List<String> parts = new ArrayList<>();
    parts.add(e.actionSaid());
    e.rule()
        .ifPresent(
            rule ->
                parts.add(rule.equals(Expectation.NO_RULE) ? "no hard rule" : "by rule " + rule));
    e.risk().ifPresent(r -> parts.add("risk " + r));
    e.value().ifPresent(r -> parts.add("value " + r));
    e.topReason().ifPresent(t -> parts.add("strongest " + t));
    e.reasons().filter(l -> !l.isEmpty()).ifPresent(l -> parts.add("with " + codes(l)));
    e.notReasons().filter(l -> !l.isEmpty()).ifPresent(l -> parts.add("without " + codes(l)));
    return String.join(", ", parts);
  }

  /** {@code EXIT_NOW by rule non_payment, risk 72.5, value 31.0, reasons PAYS_LATE, HAGGLES}. */
  static String got(Decision d) {
    return d.action()
        + d.rule().map(r -> " by rule " + r).orElse("")
        + ", risk "
        + d.risk()
        + ", value "
        + d.value()
        + (d.reasons().isEmpty() ? ", no reasons" : ", reasons " + codes(d.reasonCodes()));
  }

  /**
   * The strongest reasons in words: {@code PAYS_LATE +45.0 risk: paid 4 of 12 invoices late, …}.
   */
  static List<String> why(CaseResult r) {
    PhraseRenderer words = PhraseRenderer.english(r.currency());
    return r.assessment().decision().reasons().stream()
        .limit(TOP_REASONS)
        .map(reason -> line(reason, words))
        .toList();
  }

  private static String line(Reason reason, PhraseRenderer words) {
    String points =
        reason.points() > 0
            ? String.format(
                Locale.ROOT,
                " +%.1f %s",
                reason.points(),
                reason.code().kind() == ReasonCode.Kind.VALUE ? "value" : "risk")
            : "";
    return reason.code() + points + ": " + words.say(reason.fact());
  }

  private static String codes(List<ReasonCode> codes) {
    return codes.stream().map(Enum::name).collect(Collectors.joining(" "));
  }
}
