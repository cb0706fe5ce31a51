package com.keepwise.reports.site;

import com.keepwise.domain.decision.Reason;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.decide.Assessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draft letters, one per action, grounded in the customer's own evidence: the facts of their
 * strongest reasons, never a judgement of the person (002: frame the situation with documented
 * facts, never a personal attack). The user edits a draft before sending it.
 */
final class Letters {

  /** How many facts a letter cites. */
  private static final int FACTS = 3;

  private Letters() {}

  static CustomerPage.Letter draft(Assessment a, String name, SiteText text) {
    String key = "letter." + a.decision().action().name().toLowerCase(Locale.ROOT);
    String since = text.date(a.customer().customerSince());
    List<String> facts = new ArrayList<>();
    for (Reason reason : a.decision().reasons()) {
      if (reason.code().kind() == ReasonCode.Kind.RISK && facts.size() < FACTS) {
        facts.add(text.say(reason.fact()));
      }
    }
    String cited = facts.isEmpty() ? text.t("letter.no_facts") : String.join(text.t("letter.fact_separator"), facts);
    String sender = a.customer().owner().map(text::data).orElse(text.t("letter.team"));
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; ; i++) {
      String pattern = text.optional(key + "." + i);
      if (pattern == null) {
        break;
      }
      paragraphs.add(text.t(key + "." + i, text.data(name), since, cited, sender));
    }
    return new CustomerPage.Letter(text.t(key + ".subject", text.data(name)), paragraphs);
  }
}
