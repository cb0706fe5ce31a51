package com.keepwise.domain.signal;

import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.dataset.SourceFile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A row of {@code reviews.csv}: a complaint made in public. */
public record Review(
    String id,
    CustomerId customerId,
    LocalDate at,
    ReviewChannel channel,
    OptionalInt rating,
    boolean negative,
    Optional<String> note)
    implements Signal {

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public SourceFile source() {
    return SourceFile.REVIEWS;
  }

  @Override
  public LocalDate day() {
    return at;
  }

  /**
   * Whether a review counts as negative when the file does not say: a rating of 2 or less, or no
   * rating at all (the file holds complaints).
   */
  public static boolean negativeByDefault(OptionalInt rating) {
    return rating.isEmpty() || rating.getAsInt() <= 2;
  }
}
