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

  static final Schema SCHEMA = new Schema(SourceFile.CUSTOMERS);
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.ID);
  static final Column NAME = SCHEMA.required("name", ColumnType.TEXT);
  static final Column SEGMENT = SCHEMA.required("segment", ColumnType.TEXT);
  static final Column CUSTOMER_SINCE = SCHEMA.required("customer_since", ColumnType.DATE);
  static final Column ANNUAL_REVENUE = SCHEMA.required("annual_revenue", ColumnType.DECIMAL);
  static final Column INDUSTRY = SCHEMA.optional("industry", ColumnType.TEXT);
  static final Column REGION = SCHEMA.optional("region", ColumnType.TEXT);
  static final Column TIER = SCHEMA.optional("tier", ColumnType.TEXT);
  static final Column OWNER = SCHEMA.optional("owner", ColumnType.TEXT);
  static final Column HIGH_PROFILE = SCHEMA.optional("high_profile", ColumnType.BOOL);
  static final Column GROWTH_POTENTIAL = SCHEMA.optional("growth_potential", GrowthPotential.class);
  static final Column RELATIONSHIP = SCHEMA.optional("relationship", Relationship.class);

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
    Money revenue = row.nonNegativeMoney(ANNUAL_REVENUE);
    Optional<String> industry = row.optionalSharedText(INDUSTRY);
    Optional<String> region = row.optionalSharedText(REGION);
    Optional<String> tier = row.optionalSharedText(TIER);
    Optional<String> owner = row.optionalSharedText(OWNER);
    boolean highProfile = row.bool(HIGH_PROFILE, false);
    Optional<GrowthPotential> growth = row.optionalCode(GROWTH_POTENTIAL, GrowthPotential.class);
    Relationship relationship = row.optionalCode(RELATIONSHIP, Relationship.class).orElse(Relationship.STANDARD);
    if (row.isBad() || id == null) {
      return null;
    }
    return new Customer(CustomerId.of(id), name, segment, since, revenue, industry, region, tier, owner,
        highProfile, growth, relationship);
  }
}
