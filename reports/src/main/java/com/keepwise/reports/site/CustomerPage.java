package com.keepwise.reports.site;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Decision;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.reports.dataset.EvidenceStore;
import com.keepwise.scoring.criteria.Measurement;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.Step;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.policy.HardRule;
import com.keepwise.scoring.policy.LoadedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One customer's page: the decision and scores, how it was reached, each criterion's contribution,
 * the reasons in words, the evidence timeline, the trend, the playbook and a draft letter.
 */
public final class CustomerPage {

  /** The page's content, every value ready to show. */
  public record View(
      Layout layout,
      String name,
      String id,
      String segment,
      String segmentHref,
      ActionView action,
      String risk,
      String riskBand,
      String value,
      String valueBand,
      String decidedBy,
      List<String> steps,
      List<Item> profile,
      List<ReasonView> reasons,
      List<Bar> contributions,
      List<CriterionRow> criteria,
      List<EvidenceLine> timeline,
      String trend,
      Playbook playbook,
      Letter letter) {}

  /** A label and its value. */
  public record Item(String label, String value) {}

  /** A reason with its facts and the rows behind it. */
  public record ReasonView(
      String name, String kind, String points, String fact, List<EvidenceLine> evidence) {}

  /** A bar of the contribution chart; {@code width} in percent of the chart. */
  public record Bar(String label, String kind, String points, double width) {}

  /** A criterion as it weighed. */
  public record CriterionRow(
      String name,
      String id,
      boolean measured,
      String says,
      String severity,
      String weight,
      String points) {}

  /** What to do, step by step, and where the advice comes from. */
  public record Playbook(String title, List<String> steps, String sources) {}

  /**
   * A letter ready to send: the sender's letterhead, the date, the addressee, the subject, the
   * greeting, the body, the closing and the signature, each line as shown.
   */
  public record Letter(
      List<String> head,
      String date,
      List<String> to,
      String subject,
      String greeting,
      List<String> body,
      String closing,
      List<String> signature) {

    /** The body's paragraphs as plain text, a blank line between them. */
    public String bodyText() {
      return String.join("\n\n", body);
    }
  }

  private CustomerPage() {}

  /**
   * What a page is made of, gathered before it is rendered: the assessment, how the customer shows
   * in tables, the frame, the rows behind the reasons (in the order of the reasons' references),
   * and the parts that also depend on the policy's words.
   */
  record Inputs(
      Assessment a,
      CustomerRow row,
      Layout layout,
      String segmentHref,
      List<Map<String, String>> evidence,
      String decidedBy,
      Letter letter) {}

  /**
   * Gathers a page's inputs; the evidence rows are read back here, each only if still the
   * customer's.
   *
   * @param analyst whether to show file references, sources and ids (only an analyst needs them)
   */
  static Inputs inputs(
      Assessment a,
      CustomerRow row,
      Layout layout,
      String segmentHref,
      SiteText text,
      EvidenceStore store,
      LoadedPolicy policy,
      boolean analyst,
      Letters.From from) {
    String id = a.customer().id().value();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Reason reason : a.decision().reasons()) {
      for (EvidenceRef ref : reason.evidence()) {
        rows.add(store.row(ref, id));
      }
    }
    return new Inputs(
        a,
        row,
        layout,
        segmentHref,
        rows,
        decidedBy(a, policy, text, analyst),
        Letters.draft(a, row.name(), text, policy.policy(), from));
  }

  /**
   * A digest of everything the page is made of, under {@code site} (what every page shares: the
   * tool, the templates and words, the site's options): two pages with the same fingerprint are the
   * same bytes. The text digested is made in {@code scratch}, emptied first.
   */
  static String fingerprint(Inputs in, String site, PageBuffer scratch) {
    Assessment a = in.a();
    StringBuilder all = scratch.reset().text();
    all.append(site).append('\n').append(in.layout()).append('\n').append(in.row());
    all.append('\n').append(in.segmentHref()).append('\n').append(a.customer());
    all.append('\n').append(a.decision()).append('\n').append(a.riskBand());
    all.append(' ').append(a.valueBand()).append(' ').append(a.trend()).append(' ');
    all.append(a.improving()).append(' ').append(a.riskScale()).append(' ');
    all.append(a.valueScale()).append(' ').append(a.steps()).append('\n');
    for (List<WeighedCriterion> side : List.of(a.risk(), a.value())) {
      for (WeighedCriterion w : side) {
        Measurement m = w.measurement();
        all.append(w.criterion().id()).append(' ').append(m.measured()).append(' ');
        for (int i = 0; i < w.criterion().facts().size(); i++) {
          exactly(all, m.value(i));
        }
        said(all, m.says());
        exactly(all, w.severity());
        exactly(all, w.weight());
        exactly(all, w.points());
        all.append(w.catalogIndex()).append('\n');
      }
    }
    all.append(in.evidence()).append('\n').append(in.decidedBy()).append('\n');
    all.append(in.letter());
    return scratch.sha256();
  }

  /**
   * A number as its bits, exactly. A page's fingerprint holds some 140 numbers (26 criteria: 63
   * facts, and each one's severity, weight and points); writing them as their shortest decimals
   * ({@code Double.toString}, and {@code Arrays.toString} for the facts) cost 1.6 of the 10.6
   * thread-seconds of a 100,000-customer site's fingerprints.
   */
  private static void exactly(StringBuilder text, double value) {
    text.append(Long.toHexString(Double.doubleToRawLongBits(value))).append(' ');
  }

  /**
   * A phrase as its key and arguments, numbers {@link #exactly}, nested phrases and lists too; any
   * other value by its type, length and text, so that no two phrases read the same (a record's
   * {@code toString} writes the one argument {@code "a, b"} and the two {@code a} and {@code b}
   * alike).
   */
  static void said(StringBuilder text, Object said) {
    if (said instanceof Phrase phrase) {
      text.append(phrase.key()).append('(');
      said(text, phrase.args());
      text.append(") ");
    } else if (said instanceof List<?> items) {
      text.append('[');
      for (Object item : items) {
        said(text, item);
      }
      text.append("] ");
    } else if (said instanceof Double number) {
      exactly(text, number);
    } else if (said == null) {
      text.append("null ");
    } else {
      String written = String.valueOf(said);
      text.append(said instanceof String ? "s" : said.getClass().getName());
      text.append(written.length()).append(':').append(written).append(' ');
    }
  }

  /** The page's content, from its inputs. */
  static View build(Inputs in, SiteText text, boolean analyst) {
    Assessment a = in.a();
    CustomerRow row = in.row();
    Decision d = a.decision();
    Customer customer = a.customer();
    List<ReasonView> reasons = new ArrayList<>();
    List<EvidenceLine> timeline = new ArrayList<>();
    int next = 0;
    for (Reason reason : d.reasons()) {
      String name = text.word(reason.code().messageKey());
      List<EvidenceLine> evidence = new ArrayList<>();
      for (EvidenceRef ref : reason.evidence()) {
        EvidenceLine line = EvidenceLine.of(ref, in.evidence().get(next++), name, text, analyst);
        evidence.add(line);
        timeline.add(line);
      }
      reasons.add(
          new ReasonView(
              name, kind(reason.code()), points(reason, text), text.say(reason.fact()), evidence));
    }
    timeline.sort(Comparator.comparing(EvidenceLine::sortKey));
    return new View(
        in.layout(),
        row.name(),
        row.id(),
        text.segment(customer.segment()),
        in.segmentHref(),
        ActionView.of(d.action(), text),
        text.score(d.risk()),
        text.t("band.risk." + a.riskBand().name().toLowerCase(Locale.ROOT)),
        text.score(d.value()),
        text.t("band.value." + a.valueBand().code()),
        in.decidedBy(),
        steps(a, text, analyst),
        profile(customer, text),
        reasons,
        contributions(a, text),
        criteria(a, text, analyst),
        timeline,
        trend(a, text),
        playbook(a, text, analyst),
        in.letter());
  }

  private static String kind(ReasonCode code) {
    return code.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String points(Reason reason, SiteText text) {
    if (reason.points() <= 0) {
      return "";
    }
    return text.t(
        reason.code().kind() == ReasonCode.Kind.VALUE ? "points.value" : "points.risk",
        text.number(reason.points(), 1));
  }

  private static String decidedBy(
      Assessment a, LoadedPolicy policy, SiteText text, boolean analyst) {
    if (a.decision().rule().isPresent()) {
      String id = a.decision().rule().get();
      String why =
          policy.hardRules().stream()
              .filter(r -> r.id().equals(id))
              .map(HardRule::description)
              .findFirst()
              .orElse("");
      String description = PolicyWords.description(policy, text, "rule", id, why, analyst);
      return analyst
          ? text.t("decided.rule", text.data(id), description)
          : text.t("decided.rule_for_client", description);
    }
    return text.t("decided.scores");
  }

  /** The steps to the action; for the client, rules, caps and protections without their ids. */
  private static List<String> steps(Assessment a, SiteText text, boolean analyst) {
    List<String> steps = new ArrayList<>();
    for (Step step : a.steps()) {
      String kind = step.kind().name().toLowerCase(Locale.ROOT);
      String action = text.word("action." + step.action().name().toLowerCase(Locale.ROOT));
      boolean named =
          switch (step.kind()) {
            case HARD_RULE, PROBLEM_CAP, PART_WAYS, PROTECTION -> true;
            default -> false;
          };
      steps.add(
          !analyst && named
              ? text.t("step.for_client." + kind, action)
              : text.t("step." + kind, subject(a, step, text), action));
    }
    return steps;
  }

  /**
   * What a step is about, in words: the matrix cell by its bands, problems by their names, rules by
   * their ids.
   */
  private static String subject(Assessment a, Step step, SiteText text) {
    return switch (step.kind()) {
      case MATRIX ->
          text.t(
              "step.matrix_cell",
              text.t("band.risk." + a.riskBand().name().toLowerCase(Locale.ROOT)),
              text.t("band.value." + a.valueBand().code()));
      case SEVERAL_PROBLEMS ->
          text.list(
              java.util.Arrays.stream(step.subject().split(", "))
                  .map(
                      id ->
                          com.keepwise.scoring.criteria.Catalog.byId(
                                  com.keepwise.scoring.criteria.Side.RISK, id)
                              .map(c -> text.word(c.reason().messageKey()))
                              .orElse(text.data(id)))
                  .toList());
      default -> text.data(step.subject());
    };
  }

  private static List<Item> profile(Customer c, SiteText text) {
    List<Item> items = new ArrayList<>();
    items.add(new Item(text.t("profile.since"), text.date(c.customerSince())));
    items.add(new Item(text.t("profile.revenue"), text.money(c.annualRevenue())));
    c.industry()
        .ifPresent(
            v -> items.add(new Item(text.t("profile.industry"), text.data(text.industry(v)))));
    c.region()
        .ifPresent(v -> items.add(new Item(text.t("profile.region"), text.data(text.region(v)))));
    c.tier().ifPresent(v -> items.add(new Item(text.t("profile.tier"), text.data(text.tier(v)))));
    c.owner().ifPresent(v -> items.add(new Item(text.t("profile.owner"), text.data(v))));
    items.add(
        new Item(
            text.t("profile.relationship"), text.t("relationship." + c.relationship().code())));
    items.add(
        new Item(
            text.t("profile.growth"),
            text.t("growth." + c.growthPotential().map(g -> g.code()).orElse("unknown"))));
    items.add(new Item(text.t("profile.high_profile"), text.t(c.highProfile() ? "yes" : "no")));
    return items;
  }

  /** Each criterion's points, risk and value, largest first; width relative to the largest. */
  private static List<Bar> contributions(Assessment a, SiteText text) {
    List<WeighedCriterion> all = new ArrayList<>(a.risk());
    all.addAll(a.value());
    double max = all.stream().mapToDouble(WeighedCriterion::points).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    all.stream()
        .filter(w -> w.points() > 0)
        .sorted(
            Comparator.comparingDouble(WeighedCriterion::points)
                .reversed()
                .thenComparing(w -> w.criterion().id()))
        .forEach(
            w ->
                bars.add(
                    new Bar(
                        text.word(w.criterion().reason().messageKey()),
                        w.criterion().side().name().toLowerCase(Locale.ROOT),
                        text.t(
                            w.criterion().side() == com.keepwise.scoring.criteria.Side.VALUE
                                ? "points.value"
                                : "points.risk",
                            text.number(w.points(), 1)),
                        max > 0 ? Math.round(1000 * w.points() / max) / 10.0 : 0)));
    return bars;
  }

  private static List<CriterionRow> criteria(Assessment a, SiteText text, boolean analyst) {
    List<CriterionRow> rows = new ArrayList<>();
    List<WeighedCriterion> all = new ArrayList<>(a.risk());
    all.addAll(a.value());
    for (WeighedCriterion w : all) {
      rows.add(
          new CriterionRow(
              text.word(w.criterion().reason().messageKey()),
              analyst ? w.criterion().id() : "",
              w.measurement().measured(),
              text.say(w.measurement().says()),
              text.number(w.severity(), 2),
              text.number(w.weight(), 2),
              text.number(w.points(), 1)));
    }
    return rows;
  }

  private static String trend(Assessment a, SiteText text) {
    var trend = a.trend();
    String direction =
        a.improving() && trend.earlier() > 0
            ? "improving"
            : trend.isWorsening() ? "worsening" : "steady";
    return text.t("trend." + direction, trend.earlier(), trend.recent());
  }

  /**
   * Where the goodwill step of parting ways stands in each playbook (refund a fee or credit the
   * last invoice): replaced, for a customer who owes money, by settling what is owed. And where the
   * exit playbook takes 002's apology, after framing the facts.
   */
  private static final int REFER_GOODWILL_STEP = 4;

  private static final int EXIT_GOODWILL_STEP = 5;
  private static final int EXIT_FRAMING_STEP = 4;

  /**
   * The playbook of the action, following the reasons: no goodwill credit for a customer who owes
   * money.
   */
  private static Playbook playbook(Assessment a, SiteText text, boolean analyst) {
    Action action = a.decision().action();
    String key = "playbook." + action.name().toLowerCase(Locale.ROOT);
    double owed = PortfolioFigures.overdue(a);
    int goodwill =
        action == Action.REFER_ELSEWHERE
            ? REFER_GOODWILL_STEP
            : action == Action.EXIT_NOW ? EXIT_GOODWILL_STEP : -1;
    List<String> steps = new ArrayList<>();
    for (int i = 1; ; i++) {
      String step = text.optional(key + "." + i);
      if (step == null) {
        break;
      }
      steps.add(
          i == goodwill && owed > 0
              ? text.t("playbook.owed", text.money(com.keepwise.domain.money.Money.ofDouble(owed)))
              : step);
      if (action == Action.EXIT_NOW && i == EXIT_FRAMING_STEP) {
        steps.add(text.t("playbook.apologise"));
      }
    }
    return new Playbook(text.t(key + ".title"), steps, analyst ? text.t(key + ".sources") : "");
  }
}
