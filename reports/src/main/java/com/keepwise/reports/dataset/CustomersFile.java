package com.keepwise.reports.dataset;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** {@code customers.csv}: the one required file. */
final class CustomersFile {

  static final Schema SCHEMA = new Schema(SourceFile.CUSTOMERS, "the one required file");
  static final Column CUSTOMER_ID =
      SCHEMA.required(
          "customer_id", ColumnType.ID, "the client's own key; any characters may occur in it");
  static final Column NAME = SCHEMA.required("name", ColumnType.TEXT, "display name");
  static final Column SEGMENT =
      SCHEMA.required(
          "segment",
          ColumnType.TEXT,
          "the client's segment (e.g. `enterprise`, `smb`); reviews are grouped by it");
  static final Column CUSTOMER_SINCE =
      SCHEMA.required("customer_since", ColumnType.DATE, "start of the relationship");
  static final Column ANNUAL_REVENUE =
      SCHEMA.required(
          "annual_revenue",
          ColumnType.NON_NEGATIVE_DECIMAL,
          "revenue from this customer over the last 12 months");
  static final Column INDUSTRY = SCHEMA.optional("industry", ColumnType.TEXT, "");
  static final Column REGION = SCHEMA.optional("region", ColumnType.TEXT, "");
  static final Column TIER =
      SCHEMA.optional("tier", ColumnType.TEXT, "service tier or plan the customer is on");
  static final Column OWNER = SCHEMA.optional("owner", ColumnType.TEXT, "account manager");
  static final Column HIGH_PROFILE =
      SCHEMA.optional("high_profile", false, "a reference, brand or otherwise visible customer");
  static final Column GROWTH_POTENTIAL =
      SCHEMA.optional(
          "growth_potential",
          GrowthPotential.class,
          "unknown",
          "realistic potential for more business");
  static final Column RELATIONSHIP =
      SCHEMA.optional(
          "relationship",
          Relationship.class,
          Relationship.STANDARD,
          "a long-time or personal relationship deserves extra patience");

  private CustomersFile() {}

  /** The row's customer id as written, before any check, to track duplicates and skipped rows. */
  static String rawId(Row row) {
    return row.text(CUSTOMER_ID);
  }

  /** Reads the row; {@code null} when it has problems. The id is checked by the caller. */
  static Customer parse(Row row, String id) {
    String name = row.text(NAME);
    String segment = row.sharedText(SEGMENT);
    LocalDate since = row.date(CUSTOMER_SINCE);
    Money revenue = row.money(ANNUAL_REVENUE);
    Optional<String> industry = row.optionalSharedText(INDUSTRY);
    Optional<String> region = row.optionalSharedText(REGION);
    Optional<String> tier = row.optionalSharedText(TIER);
    Optional<String> owner = row.optionalSharedText(OWNER);
    boolean highProfile = row.bool(HIGH_PROFILE);
    Optional<GrowthPotential> growth = row.optionalCode(GROWTH_POTENTIAL, GrowthPotential.class);
    Relationship relationship = row.code(RELATIONSHIP, Relationship.class);
    if (row.isBad() || id == null) {
      return null;
    }
    return Customer.builder(CustomerId.of(id), name, segment, since, revenue)
        .industry(industry)
        .region(region)
        .tier(tier)
        .owner(owner)
        .highProfile(highProfile)
        .growthPotential(growth)
        .relationship(relationship)
        .build();
  }
}
