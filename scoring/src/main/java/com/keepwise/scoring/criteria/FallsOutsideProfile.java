package com.keepwise.scoring.criteria;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outside the ideal segment or mission: the customer's segment, industry, region or tier against
 * the policy's ideal customer profile. An attribute the customer has no value for is not a
 * mismatch.
 */
public final class FallsOutsideProfile extends DefinedCriterion {

  static final Fact MISMATCHES =
      new Fact(
          "mismatches",
          Unit.COUNT,
          "of segment, industry, region and tier, how many fall outside the ideal profile");

  public FallsOutsideProfile() {
    super(
        "falls_outside_profile",
        ReasonCode.FALLS_OUTSIDE_PROFILE,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "000 #4, 002 #7",
        "Outside the ideal segment or mission: success with them is hard to repeat; give them a good, fair experience, but keep your best effort for your best customers.",
        MISMATCHES);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    IdealCustomerProfile ideal = context.idealCustomerProfile();
    if (ideal.isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("falls_outside_profile.no_profile"));
    }
    Customer customer = signals.customer();
    List<Phrase> outside = new ArrayList<>();
    check("segment", Optional.of(customer.segment()), ideal.segments(), outside);
    check("industry", customer.industry(), ideal.industries(), outside);
    check("region", customer.region(), ideal.regions(), outside);
    check("tier", customer.tier(), ideal.tiers(), outside);
    return Measurement.of(this)
        .fact(MISMATCHES, outside.size())
        .says(
            outside.isEmpty() ? "falls_outside_profile.inside" : "falls_outside_profile", outside);
  }

  private static void check(
      String attribute, Optional<String> value, List<String> ideal, List<Phrase> outside) {
    if (!ideal.isEmpty() && value.isPresent() && !ideal.contains(value.get())) {
      outside.add(Phrase.of("profile." + attribute, value.get(), String.join(", ", ideal)));
    }
  }
}
