package com.keepwise.reports.site;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A row behind a reason, on a timeline: when, what kind of row, what it says, and where it is in
 * the client's files.
 *
 * @param iso the date as ISO-8601, for machines
 * @param reason the name of the reason it supports
 * @param source {@code invoices.csv:12}, to find the row in the export
 */
public record EvidenceLine(String date, String iso, String kind, String says, String reason, String source, String sortKey) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static EvidenceLine of(EvidenceRef ref, Map<String, String> row, String reason, SiteText text) {
    return new EvidenceLine(text.date(ref.day()), ref.day().toString(), text.t("file." + ref.file().label()), describe(ref.file(), row, text),
        reason, ref.toString(), ref.day() + " " + ref);
  }

  /** The row in words: the columns that matter for its kind, as written in the file. */
  static String describe(SourceFile file, Map<String, String> row, SiteText text) {
    if (row.isEmpty()) {
      return text.t("evidence.missing");
    }
    String key = "evidence." + file.label();
    return switch (file) {
      case INVOICES -> text.t(key, v(text, row, "invoice_id"), v(text, row, "amount"), v(text, row, "due"),
          row.getOrDefault("paid", "").isEmpty() ? text.t("evidence.unpaid") : text.t("evidence.paid_on", v(text, row, "paid")));
      case TICKETS -> text.t(key, v(text, row, "ticket_id"), v(text, row, "category"), v(text, row, "minutes_spent"),
          flags(row, text, "trivial", "in_scope"));
      case INTERACTIONS -> text.t(key, v(text, row, "interaction_id"), v(text, row, "channel"), v(text, row, "direction"), v(text, row, "at"),
          v(text, row, "minutes"), flags(row, text, "escalated"));
      case MEETINGS -> text.t(key, v(text, row, "meeting_id"), v(text, row, "kind"), v(text, row, "outcome"), v(text, row, "scheduled"));
      case REQUESTS -> text.t(key, v(text, row, "request_id"), v(text, row, "kind"), v(text, row, "amount"), v(text, row, "granted"));
      case INCIDENTS -> text.t(key, v(text, row, "incident_id"), v(text, row, "kind"), v(text, row, "severity"), v(text, row, "note"));
      case REVIEWS -> text.t(key, v(text, row, "review_id"), v(text, row, "channel"), v(text, row, "rating"), v(text, row, "note"));
      case REFERRALS -> text.t(key, v(text, row, "referral_id"), v(text, row, "converted"), v(text, row, "value"));
      case ADVICE -> text.t(key, v(text, row, "advice_id"), v(text, row, "topic"), v(text, row, "followed"));
      case CUSTOMERS -> text.t("evidence.customers", v(text, row, "customer_id"));
    };
  }

  /** A value as written, one line, at most 120 characters, isolated for bidi; a dash when empty. */
  private static String v(SiteText text, Map<String, String> row, String column) {
    String value = WHITESPACE.matcher(row.getOrDefault(column, "")).replaceAll(" ").strip();
    if (value.isEmpty()) {
      return "–";
    }
    return text.data(value.length() > 120 ? value.substring(0, 119) + "…" : value);
  }

  private static String flags(Map<String, String> row, SiteText text, String... columns) {
    StringBuilder out = new StringBuilder();
    for (String column : columns) {
      String value = row.getOrDefault(column, "");
      if (!value.isEmpty()) {
        out.append(out.length() == 0 ? "" : ", ").append(column).append('=').append(value);
      }
    }
    return text.data(out.toString());
  }
}
