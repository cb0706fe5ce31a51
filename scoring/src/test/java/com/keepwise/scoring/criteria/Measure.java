package com.keepwise.scoring.criteria;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.domain.signal.Signal;
import com.keepwise.scoring.policy.Threshold;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import com.keepwise.scoring.signals.BusinessHours;
import com.keepwise.scoring.signals.ReviewWindow;
import com.keepwise.scoring.signals.SignalTally;
import com.keepwise.scoring.signals.TallyContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures one criterion for one customer of a small hand-made portfolio, on the criterion's own
 * terms: a twelve-month window (six recent), weekday business hours 08–17, a cost model and an
 * ideal profile set here, not the default policy's.
 */
final class Measure {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  static final CostModel COSTS = new CostModel(40.0, 1.0, 100.0, 0.5);
  static final IdealCustomerProfile PROFILE =
      new IdealCustomerProfile(List.of(), List.of("software"), List.of("SE"), List.of());
  static final NewCustomers NEW = new NewCustomers(6, 3.0);

  private Measure() {}

  /** A portfolio to describe; customers default to smb, 50,000 a year, five years. */
  static ScenarioBuilder portfolio() {
    return ScenarioBuilder.asOf(AS_OF);
  }

  static Measurement of(Criterion criterion, ScenarioBuilder scenario, String id) {
    return of(criterion, scenario, id, EnumSet.allOf(SourceFile.class));
  }

  static Measurement of(
      Criterion criterion, ScenarioBuilder scenario, String id, Set<SourceFile> files) {
    List<Customer> customers = scenario.customers();
    ReviewWindow window = ReviewWindow.of(AS_OF, 12, 6);
    BusinessHours hours =
        new BusinessHours(
            ZoneOffset.UTC,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 0),
            LocalTime.of(17, 0));
    SignalTally tally = new SignalTally(customers, new TallyContext(window, hours, ZoneOffset.UTC));
    Map<SourceFile, Long> lines = new EnumMap<>(SourceFile.class);
    for (Signal signal : scenario.signals()) {
      int index = indexOf(customers, signal.customerId().value());
      tally.add(index, signal, lines.merge(signal.source(), 1L, Long::sum) + 1);
    }
    MeasureContext context = new MeasureContext(SegmentNorms.of(tally, files), COSTS, PROFILE, NEW);
    return criterion.measure(tally.signals(indexOf(customers, id)), context);
  }

  /** The severity a ramp from {@code from} to {@code to} on one fact gives the measurement. */
  static double severity(Measurement m, Fact fact, double from, double to) {
    return m.measured()
        ? Threshold.ramp(from, to).severity(m.value(m.criterion().indexOf(fact)))
        : 0;
  }

  private static int indexOf(List<Customer> customers, String id) {
    for (int i = 0; i < customers.size(); i++) {
      if (customers.get(i).id().value().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no customer " + id);
  }
}
