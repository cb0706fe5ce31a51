package com.keepwise.reports.policydiff;

import com.keepwise.domain.OneLine;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.explain.PhraseRenderer;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A policy change's effect, for people: what changed in the policy, how many decisions and how much
 * revenue change action, the from × to matrix, and the customers who move with what moved them. As
 * text for a terminal, or as Markdown to paste into a pull request.
 *
 * @param base the base policy's name ({@code main:policy.yaml})
 * @param changed the new policy's name
 * @param dataset the dataset's name, as given
 * @param show how many moved customers to list, the most revenue first
 */
public record DiffReport(
    String base,
    String changed,
    String dataset,
    Currency currency,
    List<PolicyChange> policyChanges,
    DecisionDiff diff,
    int show) {

  public DiffReport {
    policyChanges = List.copyOf(policyChanges);
  }

  public void printText(PrintWriter out) {
    PhraseRenderer words = PhraseRenderer.english(currency);
    out.printf(
        Locale.ROOT,
        "Policy diff: %s → %s, dataset %s (%,d customers)%n",
        base,
        changed,
        dataset,
        diff.customers());
    out.println();
    if (policyChanges.isEmpty()) {
      out.println("The policies set the same values (they differ at most in comments and layout).");
    } else {
      out.printf(Locale.ROOT, "What changed in the policy (%d):%n", policyChanges.size());
      policyChanges.forEach(c -> out.println("  " + OneLine.of(c.say())));
    }
    out.println();
    out.println(summary(words));
    if (diff.moved().isEmpty()) {
      return;
    }
    out.println(direction(words));
    out.println();
    out.println("Customers by action, base policy (rows) → new policy (columns):");
    int width = 0;
    for (Action a : Action.values()) {
      width = Math.max(width, a.name().length());
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", ""));
    for (Action to : Action.values()) {
      header.append("  ").append(to.name());
    }
    out.println(header.toString().stripTrailing());
    for (Action from : Action.values()) {
      StringBuilder row =
          new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", from.name()));
      for (Action to : Action.values()) {
        long n = diff.count(from, to);
        row.append(
            String.format(
                Locale.ROOT,
                "  %" + to.name().length() + "s",
                n == 0 ? "." : String.format(Locale.ROOT, "%,d", n)));
      }
      out.println(row);
    }
    out.println();
    out.println("Customers whose action changes, most revenue first:");
    for (MovedCustomer m : listed()) {
      out.printf(
          Locale.ROOT,
          "  %s  %s (%s, %s): %s → %s; %s%n",
          OneLine.of(m.customerId()),
          oneLine(m.name()),
          oneLine(m.segment()),
          words.money(Money.of(m.revenue())),
          m.from(),
          m.to(),
          OneLine.of(m.why()));
    }
    more(out);
  }

  public void printMarkdown(PrintWriter out) {
    PhraseRenderer words = PhraseRenderer.english(currency);
    out.println("### Keepwise: what this policy change moves");
    out.println();
    out.printf(
        Locale.ROOT,
        "Base `%s` → `%s`, dataset `%s` (%,d customers).%n",
        code(base),
        code(changed),
        code(dataset),
        diff.customers());
    out.println();
    out.println("**" + summary(words) + "**");
    if (!diff.moved().isEmpty()) {
      out.println(direction(words));
    }
    out.println();
    out.println("#### What changed in the policy");
    out.println();
    if (policyChanges.isEmpty()) {
      out.println("The policies set the same values (they differ at most in comments and layout).");
    }
    for (PolicyChange c : policyChanges) {
      out.println("- " + markdown(c.say()));
    }
    if (diff.moved().isEmpty()) {
      return;
    }
    out.println();
    out.println("#### Customers by action: base policy (rows) → new policy (columns)");
    out.println();
    StringBuilder header = new StringBuilder("| base \\ new |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Action to : Action.values()) {
      header.append(' ').append(to.name()).append(" |");
      rule.append("---:|");
    }
    out.println(header);
    out.println(rule);
    for (Action from : Action.values()) {
      StringBuilder row = new StringBuilder("| **" + from.name() + "** |");
      for (Action to : Action.values()) {
        long n = diff.count(from, to);
        String cell = n == 0 ? "·" : String.format(Locale.ROOT, "%,d", n);
        row.append(' ').append(from != to && n > 0 ? "**" + cell + "**" : cell).append(" |");
      }
      out.println(row);
    }
    out.println();
    out.println("#### Customers whose action changes, most revenue first");
    out.println();
    out.println("| customer | segment | revenue | from | to | what moved it |");
    out.println("|---|---|---:|---|---|---|");
    for (MovedCustomer m : listed()) {
      out.printf(
          Locale.ROOT,
          "| %s %s | %s | %s | %s | %s | %s |%n",
          markdown(m.customerId()),
          markdown(m.name()),
          markdown(m.segment()),
          words.money(Money.of(m.revenue())),
          m.from(),
          m.to(),
          markdown(m.why()));
    }
    more(out);
  }

  /**
   * {@code 7 of 40 decisions change (17.5%); revenue changing action: 312,000 EUR of 2,400,000 EUR
   * (13.0%)}.
   */
  private String summary(PhraseRenderer words) {
    int moved = diff.moved().size();
    return String.format(
        Locale.ROOT,
        "%,d of %,d decisions change (%s); revenue changing action: %s of %s (%s)",
        moved,
        diff.customers(),
        percent(BigDecimal.valueOf(moved), BigDecimal.valueOf(diff.customers())),
        words.money(Money.of(diff.movedRevenue())),
        words.money(Money.of(diff.totalRevenue())),
        percent(diff.movedRevenue(), diff.totalRevenue()));
  }

  private String direction(PhraseRenderer words) {
    long out = diff.movedTowardsExit();
    long back = diff.moved().size() - out;
    BigDecimal outRevenue = diff.revenueTowardsExit();
    return String.format(
        Locale.ROOT,
        "Towards parting ways: %s, %s. Back towards keeping: %s, %s.",
        customers(out),
        words.money(Money.of(outRevenue)),
        customers(back),
        words.money(Money.of(diff.movedRevenue().subtract(outRevenue))));
  }

  private static String customers(long n) {
    return String.format(Locale.ROOT, "%,d customer%s", n, n == 1 ? "" : "s");
  }

  private List<MovedCustomer> listed() {
    return diff.moved().subList(0, Math.min(show, diff.moved().size()));
  }

  private void more(PrintWriter out) {
    int rest = diff.moved().size() - listed().size();
    if (rest > 0) {
      out.println();
      out.printf(Locale.ROOT, "… and %,d more (--show N lists more).%n", rest);
    }
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "0.0%";
    }
    return part.multiply(BigDecimal.valueOf(100))
            .divide(whole, 1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  private static String oneLine(String text) {
    return OneLine.of(text.replaceAll("\\s+", " ").strip());
  }

  /** Text safe in Markdown and in a table cell: no markup, no HTML, no line breaks. */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : oneLine(text).toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text inside a code span: backticks would end it. */
  private static String code(String text) {
    return oneLine(text).replace('`', '\'');
  }
}
