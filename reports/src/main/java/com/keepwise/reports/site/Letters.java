package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.money.Money;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.decide.Assessment;
import com.keepwise.scoring.decide.WeighedCriterion;
import com.keepwise.scoring.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draft letters fit to send, one per action, in the site's language: the sender's letterhead, the
 * review date written out, the company as addressee with a greeting that suits a company, the body,
 * the closing and the signature.
 *
 * <p>The body follows the articles: thanks first; then the situation framed with documented facts,
 * never a personal attack (002 #2), citing only behaviour the customer will recognise (each
 * criterion declares whether its facts are {@linkplain Criterion#citeable() citeable}), each as a
 * sentence of its own; an improving trend acknowledged; for a customer who owes money what is owed
 * and how it is to be settled, never goodwill such as crediting an invoice; the apology of 002 #4
 * when parting ways; and what happens next.
 */
final class Letters {

  /** How many facts a letter cites at most: the strongest. */
  private static final int FACTS = 3;

  /** Days from the letter to the date an amount owed is asked for. */
  static final int DAYS_TO_PAY = 30;

  private Letters() {}

  /** Who the letters come from, resolved once for the site. */
  record From(
      Optional<String> sender,
      Optional<String> signature,
      Optional<String> role,
      List<String> address,
      Optional<String> contact,
      LocalDate date) {

    static From of(SiteConfig.LetterHead head, String client, LocalDate date) {
      return new From(
          head.sender().or(() -> client.isBlank() ? Optional.empty() : Optional.of(client)),
          head.signature(),
          head.role(),
          head.address().orElse(List.of()),
          head.contact(),
          date);
    }
  }

  static CustomerPage.Letter draft(
      Assessment a, String name, SiteText text, Policy policy, From from) {
    Action action = a.decision().action();
    String key = "letter." + action.name().toLowerCase(Locale.ROOT);
    List<String> head = new ArrayList<>();
    from.sender().ifPresent(sender -> head.add(text.data(sender)));
    from.address().forEach(line -> head.add(text.data(line)));
    String date = text.t("letter.date", text.longDate(from.date()));
    List<String> to = List.of(text.t("letter.to", text.data(name)).split("\n"));

    Owed owed = owed(a);
    boolean parting = action == Action.REFER_ELSEWHERE || action == Action.EXIT_NOW;
    boolean asksToPay = parting && owed.amount() > 0;
    List<String> body = new ArrayList<>();
    body.add(text.t(key + ".thanks", text.longDate(a.customer().customerSince())));
    if (action.rank() >= Action.WATCH.rank()) {
      List<String> facts = facts(a, text, policy, asksToPay);
      body.add(
          facts.isEmpty()
              ? text.t(key + ".concerns_general")
              : text.t(key + ".concerns", String.join(text.t("letter.sentence_join"), facts)));
      if (improving(a, policy)) {
        body.add(text.t("letter.improving"));
      }
    }
    if (asksToPay) {
      body.add(
          text.t(
              "letter.owed",
              text.money(Money.ofDouble(owed.amount())),
              owed.invoices(),
              text.longDate(owed.since()),
              text.longDate(from.date().plusDays(DAYS_TO_PAY))));
    } else if (action == Action.REFER_ELSEWHERE) {
      body.add(text.t("letter.refer_elsewhere.goodwill"));
    } else if (action == Action.EXIT_NOW) {
      body.add(text.t("letter.exit_now.settle"));
    }
    if (parting) {
      body.add(text.t(key + ".apology"));
    }
    body.add(text.t(key + ".next"));

    List<String> signature = new ArrayList<>();
    signature.add(
        from.signature()
            .map(text::data)
            .orElseGet(() -> a.customer().owner().map(text::data).orElse(text.t("letter.team"))));
    // The role is the configured signer's; it does not go under an account manager's name or the
    // team's.
    from.signature()
        .flatMap(signer -> from.role())
        .ifPresent(role -> signature.add(text.data(role)));
    from.sender().ifPresent(sender -> signature.add(text.data(sender)));
    from.contact().ifPresent(contact -> signature.add(text.data(contact)));
    return new CustomerPage.Letter(
        head,
        date,
        to,
        text.t(key + ".subject"),
        text.t("letter.greeting"),
        body,
        text.t("letter.closing"),
        signature);
  }

  /** What a customer owes on invoices past due at the review date. */
  private record Owed(double amount, long invoices, LocalDate since) {}

  private static Owed owed(Assessment a) {
    Optional<WeighedCriterion> paysLate = weighed(a, ReasonCode.PAYS_LATE);
    if (paysLate.isPresent()) {
      Phrase says = paysLate.get().measurement().says();
      if (says.key().equals("pays_late.overdue")) {
        // pays_late.overdue: how many invoices unpaid, the amount, days overdue, since when, then
        // what was paid late
        return new Owed(
            paysLate.get().measurement().value("overdue_amount"),
            (Long) says.args().get(0),
            (LocalDate) says.args().get(3));
      }
    }
    return new Owed(0, 0, LocalDate.MIN);
  }

  private static boolean improving(Assessment a, Policy policy) {
    return a.improving();
  }

  private static Optional<WeighedCriterion> weighed(Assessment a, ReasonCode code) {
    return a.risk().stream()
        .filter(w -> w.criterion().reason() == code && w.measurement().measured())
        .findFirst();
  }

  /**
   * The facts of the strongest risk reasons whose criterion is behaviour the customer will
   * recognise, a sentence each; what is owed is left to its own paragraph when the letter asks for
   * it.
   */
  private static List<String> facts(Assessment a, SiteText text, Policy policy, boolean owedApart) {
    List<String> facts = new ArrayList<>();
    int cited = 0;
    for (Reason reason : a.decision().reasons()) {
      if (cited == FACTS) {
        break;
      }
      if (reason.code().kind() != ReasonCode.Kind.RISK || reason.points() <= 0) {
        continue;
      }
      Optional<WeighedCriterion> w = weighed(a, reason.code());
      if (w.isEmpty() || !w.get().criterion().citeable()) {
        continue;
      }
      List<String> sentences = sentences(w.get(), text, policy, owedApart);
      if (!sentences.isEmpty()) {
        facts.addAll(sentences);
        cited++;
      }
    }
    return facts;
  }

  /** A criterion's facts as the customer would recognise them, in whole sentences. */
  private static List<String> sentences(
      WeighedCriterion w, SiteText text, Policy policy, boolean owedApart) {
    var m = w.measurement();
    List<Object> args = m.says().args();
    String key = "letter.fact." + w.criterion().id();
    List<String> out = new ArrayList<>();
    switch (w.criterion().id()) {
      case "pays_late" -> {
        // Invoices still open are owed, not "paid late": said as such, or left to the paragraph on
        // what is owed.
        if (m.says().key().equals("pays_late.overdue")) {
          if (!owedApart) {
            out.add(
                text.t(
                    key + ".overdue",
                    text.money(Money.ofDouble(m.value("overdue_amount"))),
                    (Long) args.get(0),
                    text.longDate((LocalDate) args.get(3))));
          }
        } else if (m.value("late_invoices") > 0) {
          out.add(
              text.t(
                  key + ".late",
                  count(m.value("late_invoices")),
                  count(m.value("invoices_due")),
                  Math.round(m.value("average_days_late"))));
        }
      }
      case "haggles" -> add(out, text, key, m.value("freebie_requests"));
      case "over_communicates" ->
          out.add(text.t(key, m.value("contacts_per_month"), (Long) args.get(4)));
      case "escalates_past_contacts" -> add(out, text, key, m.value("escalations"));
      case "bullies_staff" -> {
        List<String> kinds = new ArrayList<>();
        for (String kind :
            List.of(
                "threats",
                "personal_attacks",
                "public_shaming",
                "aggressive_accusations",
                "rudeness")) {
          long n = count(m.value(kind));
          if (n > 0) {
            kinds.add(text.t("letter.incident." + kind, n));
          }
        }
        if (!kinds.isEmpty()) {
          out.add(text.t(key, text.list(kinds)));
        }
      }
      case "moves_goal_posts" -> add(out, text, key, m.value("scope_changes"));
      case "makes_unreasonable_demands" -> {
        add(out, text, key + ".requests", m.value("demands"));
        add(out, text, key + ".tickets", m.value("out_of_scope_tickets"));
      }
      case "refuses_check_ins" -> {
        add(out, text, key + ".declined", m.value("declined"));
        if (m.says().key().equals("refuses_check_ins")
            && args.size() > 1
            && args.get(1) instanceof LocalDate last) {
          out.add(text.t(key + ".last", text.longDate(last)));
        } else {
          out.add(text.t(key + ".never", policy.review().windowMonths()));
        }
      }
      case "misses_meetings" -> {
        long noShows = count(m.value("no_shows"));
        long late = count(m.value("late_cancellations"));
        if (noShows + late > 0) {
          out.add(
              text.t(
                  key + both(noShows, late, ".no_shows", ".late"),
                  noShows,
                  late,
                  (Long) args.get(2)));
        }
      }
      case "acts_dishonestly" -> add(out, text, key, m.value("incidents"));
      case "complains_publicly" -> {
        if (m.value("negative_reviews") > 0) {
          out.add(text.t(key, count(m.value("negative_reviews")), count(m.value("in_press"))));
        }
      }
      case "ignores_advice" -> {
        long ignored = count(m.value("ignored"));
        long partly = (Long) args.get(1);
        if (ignored + partly > 0) {
          out.add(
              text.t(
                  key + both(ignored, partly, ".ignored", ".partly"),
                  ignored,
                  partly,
                  count(m.value("advice_given"))));
        }
      }
      case "makes_unethical_requests" -> add(out, text, key, m.value("requests"));
      default -> {
        // A citeable criterion without words for letters yet: cited not at all rather than in our
        // internal terms.
      }
    }
    return out;
  }

  /**
   * Which sentence says two counts: both (no suffix), or only the one that is not zero, so none
   * says "0 …".
   */
  private static String both(long first, long second, String onlyFirst, String onlySecond) {
    return first > 0 && second > 0 ? "" : first > 0 ? onlyFirst : onlySecond;
  }

  /** The sentence under {@code key} when its count is above zero. */
  private static void add(List<String> out, SiteText text, String key, double value) {
    long n = count(value);
    if (n > 0) {
      out.add(text.t(key, n));
    }
  }

  private static long count(double value) {
    return Math.round(value);
  }
}
