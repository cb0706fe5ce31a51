package com.keepwise.scoring.signals;

import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Referral;
import java.time.LocalDate;
import java.util.List;

/** New business a customer sent us in the review window. */
public final class ReferralStats {

  static final ReferralStats NONE = new ReferralStats();

  private int count;
  private int converted;
  private long value;
  private Evidence rows;

  void add(Referral referral, long line, TallyContext context) {
    LocalDate day = referral.at();
    if (!context.window().contains(day)) {
      return;
    }
    count++;
    long brought = referral.value().map(Money::tenThousandths).orElse(0L);
    if (referral.converted()) {
      converted++;
      value += brought;
    }
    long rank = (referral.converted() ? 1L << 30 : 0) + Math.min(brought / 10_000, (1L << 30) - 1);
    rows = Evidence.offer(rows, SourceFile.REFERRALS, rank, day, referral.id(), line);
  }

  public int count() {
    return count;
  }

  /** Referrals that became customers. */
  public int converted() {
    return converted;
  }

  /** Annual revenue the converted referrals brought. */
  public Money value() {
    return new Money(value);
  }

  /** Converted referrals first, the most valuable first. */
  public List<EvidenceRef> rows() {
    return Evidence.rowsOf(rows);
  }
}
