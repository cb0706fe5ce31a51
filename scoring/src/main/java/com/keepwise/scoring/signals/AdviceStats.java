package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Advice;
import com.keepwise.domain.signal.AdviceFollowed;
import java.time.LocalDate;
import java.util.List;

/** The recommendations a customer got in the review window, and what they did with them. */
public final class AdviceStats {

  static final AdviceStats NONE = new AdviceStats();

  private int given;
  private int followed;
  private int partly;
  private int ignored;
  private long problems;
  private Evidence ignoredRows;

  void add(Advice advice, long line, TallyContext context) {
    LocalDate day = advice.at();
    ReviewWindow window = context.window();
    if (!window.contains(day)) {
      return;
    }
    given++;
    if (advice.followed() == AdviceFollowed.YES) {
      followed++;
      return;
    }
    if (advice.followed() == AdviceFollowed.PARTLY) {
      partly++;
    } else {
      ignored++;
    }
    long rank = advice.followed() == AdviceFollowed.NO ? 1 : 0;
    ignoredRows = Evidence.offer(ignoredRows, SourceFile.ADVICE, rank, day, advice.id(), line);
    if (advice.followed() == AdviceFollowed.NO) {
      problems = ProblemCount.add(problems, day, window);
    }
  }

  public int given() {
    return given;
  }

  public int followed() {
    return followed;
  }

  public int partly() {
    return partly;
  }

  /** Advice not followed at all. */
  public int ignored() {
    return ignored;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** Advice not followed first, then partly followed. */
  public List<EvidenceRef> ignoredRows() {
    return Evidence.rowsOf(ignoredRows);
  }
}
