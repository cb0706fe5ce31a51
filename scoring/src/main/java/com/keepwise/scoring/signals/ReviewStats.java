package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.ReviewChannel;
import java.time.LocalDate;
import java.util.List;

/** One customer's complaints made in public, in the review window. */
public final class ReviewStats {

  static final ReviewStats NONE = new ReviewStats();

  private int negative;
  private int inPress;
  private long problems;
  private Evidence negativeRows;

  void add(Review review, long line, TallyContext context) {
    LocalDate day = review.at();
    ReviewWindow window = context.window();
    if (!window.contains(day) || !review.negative()) {
      return;
    }
    negative++;
    if (review.channel() == ReviewChannel.PRESS) {
      inPress++;
    }
    long rank =
        (review.channel() == ReviewChannel.PRESS ? 10 : 0) + (5 - review.rating().orElse(1));
    negativeRows = Evidence.offer(negativeRows, SourceFile.REVIEWS, rank, day, review.id(), line);
    problems = ProblemCount.add(problems, day, window);
  }

  /** Negative public reviews and posts. */
  public int negative() {
    return negative;
  }

  /** Of which in the press. */
  public int inPress() {
    return inPress;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** Press first, then the harshest ratings. */
  public List<EvidenceRef> negativeRows() {
    return Evidence.rowsOf(negativeRows);
  }
}
