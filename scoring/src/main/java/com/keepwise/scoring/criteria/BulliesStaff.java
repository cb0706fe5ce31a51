package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.scoring.signals.CustomerSignals;
import com.keepwise.scoring.signals.IncidentStats;
import java.util.ArrayList;
import java.util.List;

/**
 * Bullies, abuses or threatens staff. Incidents are weighed by kind (a threat weighs most) and by
 * their severity, so one grave attack counts more than a rude remark.
 */
public final class BulliesStaff extends DefinedCriterion {

  static final Fact ABUSE_POINTS =
      new Fact(
          "abuse_points",
          Unit.POINTS,
          "incidents weighed by kind (threat 3, personal attack or public shaming 2, aggressive accusation 1.5, rudeness 1) and severity (3 = 1×)");
  static final Fact INCIDENTS =
      new Fact(
          "incidents",
          Unit.COUNT,
          "threats, personal attacks, public shaming, aggressive accusations and rudeness");
  static final Fact THREATS =
      new Fact("threats", Unit.COUNT, "threats of harm to people or property");
  static final Fact PERSONAL_ATTACKS =
      new Fact("personal_attacks", Unit.COUNT, "personal attacks on staff");
  static final Fact PUBLIC_SHAMING =
      new Fact("public_shaming", Unit.COUNT, "staff shamed in front of others");
  static final Fact AGGRESSIVE_ACCUSATIONS =
      new Fact("aggressive_accusations", Unit.COUNT, "aggressive accusations of bad service");
  static final Fact RUDENESS = new Fact("rudeness", Unit.COUNT, "rude or foul-mouthed behaviour");
  static final Fact RECENT_INCIDENTS =
      new Fact(
          "recent_incidents",
          Unit.COUNT,
          "of the incidents, those in the recent part of the window (the others came before)");

  /** The abusive kinds, gravest first, with what each weighs. */
  private static final List<IncidentKind> KINDS =
      List.of(
          IncidentKind.THREAT,
          IncidentKind.PERSONAL_ATTACK,
          IncidentKind.PUBLIC_SHAMING,
          IncidentKind.AGGRESSIVE_ACCUSATION,
          IncidentKind.RUDENESS);

  private static final double[] WEIGHT = {3, 2, 2, 1.5, 1};

  public BulliesStaff() {
    super(
        "bullies_staff",
        ReasonCode.BULLIES_STAFF,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "000 #2, 001, 002 #2, 003, 004 #7",
        "Bullies, abuses or threatens staff. No one deserves that treatment, and a pattern of it is what to look for.",
        ABUSE_POINTS,
        INCIDENTS,
        THREATS,
        PERSONAL_ATTACKS,
        PUBLIC_SHAMING,
        AGGRESSIVE_ACCUSATIONS,
        RUDENESS,
        RECENT_INCIDENTS);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    IncidentStats incidents = signals.incidents();
    double points = 0;
    int total = 0;
    List<Phrase> kinds = new ArrayList<>();
    for (int i = 0; i < KINDS.size(); i++) {
      IncidentKind kind = KINDS.get(i);
      int count = incidents.count(kind);
      total += count;
      points += WEIGHT[i] * incidents.severity(kind) / 3.0;
      if (count > 0) {
        kinds.add(Phrase.of("incident." + kind.code(), (long) count));
      }
    }
    return Measurement.of(this)
        .fact(ABUSE_POINTS, points)
        .fact(INCIDENTS, total)
        .fact(THREATS, incidents.count(IncidentKind.THREAT))
        .fact(PERSONAL_ATTACKS, incidents.count(IncidentKind.PERSONAL_ATTACK))
        .fact(PUBLIC_SHAMING, incidents.count(IncidentKind.PUBLIC_SHAMING))
        .fact(AGGRESSIVE_ACCUSATIONS, incidents.count(IncidentKind.AGGRESSIVE_ACCUSATION))
        .fact(RUDENESS, incidents.count(IncidentKind.RUDENESS))
        .fact(RECENT_INCIDENTS, incidents.recentAbuse())
        .evidence(incidents::abuseRows)
        .says(total == 0 ? "bullies_staff.none" : "bullies_staff", (long) total, kinds);
  }
}
