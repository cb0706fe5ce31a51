package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.domain.signal.Signal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code reviews.csv}: complaints made in public. */
final class ReviewsFile implements EventFile {

  static final Schema SCHEMA = new Schema(SourceFile.REVIEWS, "complaints made in public");
  static final Column REVIEW_ID = SCHEMA.required("review_id", ColumnType.ID, "");
  static final Column CUSTOMER_ID = SCHEMA.required("customer_id", ColumnType.CUSTOMER_REF, "");
  static final Column AT = SCHEMA.required("at", ColumnType.DATE, "");
  static final Column CHANNEL = SCHEMA.required("channel", ReviewChannel.class, "");
  static final Column RATING = SCHEMA.optional("rating", ColumnType.ONE_TO_FIVE, "");
  static final Column NEGATIVE =
      SCHEMA.optional("negative", ColumnType.BOOL, "true when rating ≤ 2", "");
  static final Column NOTE = SCHEMA.optional("note", ColumnType.TEXT, "");

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Signal parse(Row row) {
    String id = row.uniqueId(REVIEW_ID);
    row.customer(CUSTOMER_ID);
    LocalDate at = row.date(AT);
    ReviewChannel channel = row.code(CHANNEL, ReviewChannel.class);
    OptionalInt rating = row.optionalOneToFive(RATING);
    Optional<Boolean> negative = row.optionalBool(NEGATIVE);
    Optional<String> note = row.optionalText(NOTE);
    if (row.isBad()) {
      return null;
    }
    return new Review(
        id,
        row.customerId(),
        at,
        channel,
        rating,
        negative.orElse(Review.negativeByDefault(rating)),
        note);
  }
}
