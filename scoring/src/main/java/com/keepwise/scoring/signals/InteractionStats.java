package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.signal.Interaction;
import java.time.LocalDate;
import java.util.List;

/** One customer's calls, e-mails and messages in the review window. */
public final class InteractionStats {

  static final InteractionStats NONE = new InteractionStats();

  private int count;
  private int inbound;
  private int inboundAfterHours;
  private int escalated;
  private double minutes;
  private int withMinutes;
  private long problems;
  private Evidence afterHoursRows;
  private Evidence escalatedRows;
  private Evidence longestRows;

  void add(Interaction interaction, long line, TallyContext context) {
    LocalDate day = interaction.day();
    ReviewWindow window = context.window();
    if (!window.contains(day)) {
      return;
    }
    count++;
    if (interaction.minutes().isPresent()) {
      double spent = interaction.minutes().getAsDouble();
      minutes += spent;
      withMinutes++;
      longestRows =
          Evidence.offer(
              longestRows, SourceFile.INTERACTIONS, Math.round(spent), day, interaction.id(), line);
    }
    boolean problem = false;
    if (interaction.isInbound()) {
      inbound++;
      if (context.hours().isOutside(interaction.at())) {
        inboundAfterHours++;
        afterHoursRows =
            Evidence.offer(afterHoursRows, SourceFile.INTERACTIONS, 0, day, interaction.id(), line);
        problem = true;
      }
    }
    if (interaction.escalated()) {
      escalated++;
      escalatedRows =
          Evidence.offer(escalatedRows, SourceFile.INTERACTIONS, 0, day, interaction.id(), line);
      problem = true;
    }
    if (problem) {
      problems = ProblemCount.add(problems, day, window);
    }
  }

  /** Interactions in the window, both directions. */
  public int count() {
    return count;
  }

  /** The ones the customer started. */
  public int inbound() {
    return inbound;
  }

  /** The ones the customer started outside business hours. */
  public int inboundAfterHours() {
    return inboundAfterHours;
  }

  /** The ones that went around the normal contact, to managers. */
  public int escalated() {
    return escalated;
  }

  /** Staff minutes recorded on them. */
  public double minutes() {
    return minutes;
  }

  public int withMinutes() {
    return withMinutes;
  }

  /** Problem events, for the trend, as {@link ProblemCount} packs them. */
  long problems() {
    return problems;
  }

  public List<EvidenceRef> afterHoursRows() {
    return Evidence.rowsOf(afterHoursRows);
  }

  public List<EvidenceRef> escalatedRows() {
    return Evidence.rowsOf(escalatedRows);
  }

  /** The interactions that took the most staff time. */
  public List<EvidenceRef> longestRows() {
    return Evidence.rowsOf(longestRows);
  }
}
