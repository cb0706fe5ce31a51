package com.keepwise.reports.site;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import java.util.List;
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
public record EvidenceLine(
    String date,
    String iso,
    String kind,
    String says,
    String reason,
    String source,
    String sortKey) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A datetime's offset from UTC at its end, as the contract writes it. */
  private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");

  /**
   * @param analyst whether to say where the row is ({@code invoices.csv:12}); the client needs only
   *     what it says
   */
  static EvidenceLine of(
      EvidenceRef ref, Map<String, String> row, String reason, SiteText text, boolean analyst) {
    return new EvidenceLine(
        text.date(ref.day()),
        ref.day().toString(),
        text.t("file." + ref.file().label()),
        describe(ref.file(), row, text),
        reason,
        analyst ? ref.toString() : "",
        ref.day() + " " + ref);
  }

  /** The row in words: the columns that matter for its kind, as written in the file. */
  static String describe(SourceFile file, Map<String, String> row, SiteText text) {
    if (row.isEmpty()) {
      return text.t("evidence.missing");
    }
    String key = "evidence." + file.label();
    return switch (file) {
      case INVOICES ->
          text.t(
              key,
              v(text, row, "invoice_id"),
              money(text, row, "amount"),
              day(text, row, "due"),
              row.getOrDefault("paid", "").isEmpty()
                  ? text.t("evidence.unpaid")
                  : text.t("evidence.paid_on", day(text, row, "paid")));
      case TICKETS ->
          text.t(
              key,
              v(text, row, "ticket_id"),
              v(text, row, "category"),
              number(text, row, "minutes_spent"),
              flags(
                  text,
                  is(row, "trivial", true) ? "trivial" : null,
                  is(row, "in_scope", false) ? "out_of_scope" : null));
      case INTERACTIONS ->
          text.t(
              key,
              v(text, row, "interaction_id"),
              code(text, row, "channel", "channel"),
              code(text, row, "direction", "direction"),
              moment(text, row, "at"),
              number(text, row, "minutes"),
              flags(text, is(row, "escalated", true) ? "escalated" : null));
      case MEETINGS ->
          text.t(
              key,
              v(text, row, "meeting_id"),
              code(text, row, "kind", "meeting"),
              code(text, row, "outcome", "outcome"),
              moment(text, row, "scheduled"));
      case REQUESTS ->
          text.t(
              key,
              v(text, row, "request_id"),
              code(text, row, "kind", "request"),
              money(text, row, "amount"),
              code(text, row, "granted", "bool"));
      case INCIDENTS ->
          text.t(
              key,
              v(text, row, "incident_id"),
              code(text, row, "kind", "incident"),
              number(text, row, "severity"),
              v(text, row, "note"));
      case REVIEWS ->
          text.t(
              key,
              v(text, row, "review_id"),
              code(text, row, "channel", "review"),
              number(text, row, "rating"),
              v(text, row, "note"));
      case REFERRALS ->
          text.t(
              key,
              v(text, row, "referral_id"),
              code(text, row, "converted", "bool"),
              money(text, row, "value"));
      case ADVICE ->
          text.t(
              key,
              v(text, row, "advice_id"),
              v(text, row, "topic"),
              code(text, row, "followed", "followed"));
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

  /**
   * A sum of money in the dataset's currency, the locale's way; as written when it is not a number.
   */
  private static String money(SiteText text, Map<String, String> row, String column) {
    try {
      return text.money(
          com.keepwise.domain.money.Money.of(
              new java.math.BigDecimal(row.getOrDefault(column, "").strip())));
    } catch (RuntimeException notANumber) {
      return v(text, row, column);
    }
  }

  /** A number the locale's way (Persian digits in Persian); as written when it is not a number. */
  private static String number(SiteText text, Map<String, String> row, String column) {
    try {
      return text.number(
          new java.math.BigDecimal(row.getOrDefault(column, "").strip()).doubleValue(), 2);
    } catch (RuntimeException notANumber) {
      return v(text, row, column);
    }
  }

  /** A date the locale's way; as written when it is not an ISO date. */
  private static String day(SiteText text, Map<String, String> row, String column) {
    try {
      return text.date(java.time.LocalDate.parse(row.getOrDefault(column, "").strip()));
    } catch (RuntimeException notADate) {
      return v(text, row, column);
    }
  }

  /**
   * A datetime as written in the file ({@code 2026-03-04T21:15:00+01:00}): its day and time the
   * locale's way, in the file's own clock; as written when it is neither a datetime nor a date.
   */
  private static String moment(SiteText text, Map<String, String> row, String column) {
    String value = row.getOrDefault(column, "").strip();
    try {
      java.time.LocalDateTime local =
          java.time.LocalDateTime.parse(OFFSET.matcher(value).replaceFirst(""));
      return text.t(
          "evidence.moment", text.date(local.toLocalDate()), text.time(local.toLocalTime()));
    } catch (RuntimeException notADatetime) {
      return day(text, row, column);
    }
  }

  /**
   * A contract code (a channel, a kind, an outcome, a boolean) in the site's words, from {@code
   * code.<group>.<value>}; a value the contract does not know is shown as written.
   */
  private static String code(SiteText text, Map<String, String> row, String column, String group) {
    String value = row.getOrDefault(column, "").strip().toLowerCase(java.util.Locale.ROOT);
    if (group.equals("bool")) {
      value = bool(value);
    }
    String key = "code." + group + "." + value;
    return text.has(key) ? text.t(key) : v(text, row, column);
  }

  /** Whether a boolean column holds {@code expected}. */
  private static boolean is(Map<String, String> row, String column, boolean expected) {
    return bool(row.getOrDefault(column, "").strip().toLowerCase(java.util.Locale.ROOT))
        .equals(Boolean.toString(expected));
  }

  /** The contract's booleans (true/false, yes/no, 1/0) as true or false; anything else as it is. */
  private static String bool(String value) {
    return switch (value) {
      case "true", "yes", "1" -> "true";
      case "false", "no", "0" -> "false";
      default -> value;
    };
  }

  /** The flags that are set, in words ("trivial, outside the scope"), or nothing. */
  private static String flags(SiteText text, String... flags) {
    List<String> set = new java.util.ArrayList<>();
    for (String flag : flags) {
      if (flag != null) {
        set.add(text.t("code.flag." + flag));
      }
    }
    return set.isEmpty() ? "" : text.t("evidence.flags", text.list(set));
  }
}
