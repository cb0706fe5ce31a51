package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Meeting;
import com.keepwise.domain.signal.MeetingOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One customer's meetings: which were held, missed or refused. */
public final class MeetingStats {

  static final MeetingStats NONE = new MeetingStats();

  private int count;
  private int held;
  private int heldCheckIns;
  private long lastCheckIn = Long.MIN_VALUE;
  private int noShows;
  private int lateCancellations;
  private int declined;
  private long problems;
  private Evidence missedRows;
  private Evidence declinedRows;

  void add(Meeting meeting, long line, TallyContext context) {
    LocalDate day = meeting.day();
    ReviewWindow window = context.window();
    if (meeting.outcome() == MeetingOutcome.HELD
        && meeting.isCheckIn()
        && !day.isAfter(window.asOf())) {
      lastCheckIn = Math.max(lastCheckIn, day.toEpochDay());
    }
    if (!window.contains(day)) {
      return;
    }
    count++;
    boolean problem = true;
    switch (meeting.outcome()) {
      case HELD -> {
        held++;
        if (meeting.isCheckIn()) {
          heldCheckIns++;
        }
        problem = false;
      }
      case NO_SHOW -> {
        noShows++;
        missedRows = Evidence.offer(missedRows, SourceFile.MEETINGS, 2, day, meeting.id(), line);
      }
      case CANCELLED_LATE -> {
        lateCancellations++;
        missedRows = Evidence.offer(missedRows, SourceFile.MEETINGS, 1, day, meeting.id(), line);
      }
      case DECLINED -> {
        declined++;
        declinedRows =
            Evidence.offer(declinedRows, SourceFile.MEETINGS, 0, day, meeting.id(), line);
      }
      case CANCELLED -> problem = false;
    }
    if (problem) {
      problems = ProblemCount.add(problems, day, window);
    }
  }

  /** Meetings scheduled in the window. */
  public int count() {
    return count;
  }

  public int held() {
    return held;
  }

  /** Check-ins and reviews held in the window. */
  public int heldCheckIns() {
    return heldCheckIns;
  }

  /** The last check-in or review held, up to the review date, however long ago. */
  public Optional<LocalDate> lastCheckIn() {
    return lastCheckIn == Long.MIN_VALUE
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(lastCheckIn));
  }

  public int noShows() {
    return noShows;
  }

  public int lateCancellations() {
    return lateCancellations;
  }

  /** Meetings the customer refused to set up. */
  public int declined() {
    return declined;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  /** No-shows first, then late cancellations. */
  public List<EvidenceRef> missedRows() {
    return Evidence.rowsOf(missedRows);
  }

  public List<EvidenceRef> declinedRows() {
    return Evidence.rowsOf(declinedRows);
  }
}
