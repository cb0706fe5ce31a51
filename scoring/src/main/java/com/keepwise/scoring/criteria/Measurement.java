package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.EvidenceRef;
import com.keepwise.domain.decision.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a criterion found about one customer: a value per fact, the facts in words, and the rows
 * behind them.
 *
 * <p>"Not measured" (the data cannot tell, e.g. no advice was ever given) is its own outcome, never
 * a silent zero: its facts are {@code NaN} and it adds nothing to either score.
 */
public final class Measurement {

  private final Criterion criterion;
  private final boolean measured;
  private final double[] values;
  private final Phrase says;
  private final List<Supplier<List<EvidenceRef>>> evidenceSources;
  private List<EvidenceRef> evidence;

  private Measurement(
      Criterion criterion,
      boolean measured,
      double[] values,
      Phrase says,
      List<Supplier<List<EvidenceRef>>> evidenceSources) {
    this.criterion = criterion;
    this.measured = measured;
    this.values = values;
    this.says = says;
    this.evidenceSources = evidenceSources;
  }

  /**
   * Starts a measurement of {@code criterion}; every fact must be set before {@link Builder#says}.
   */
  public static Builder of(Criterion criterion) {
    return new Builder(criterion);
  }

  /** The data cannot tell; {@code why} says so in words. */
  public static Measurement notMeasured(Criterion criterion, Phrase why) {
    double[] values = new double[criterion.facts().size()];
    Arrays.fill(values, Double.NaN);
    return new Measurement(criterion, false, values, why, List.of());
  }

  public Criterion criterion() {
    return criterion;
  }

  public boolean measured() {
    return measured;
  }

  /** The value of the fact at {@code index} in {@link Criterion#facts()}; NaN when not measured. */
  public double value(int index) {
    return values[index];
  }

  /** The value of a fact by name. */
  public double value(String fact) {
    int index = criterion.factIndex(fact);
    if (index < 0) {
      throw new IllegalArgumentException(criterion.id() + " has no fact " + fact);
    }
    return values[index];
  }

  public Phrase says() {
    return says;
  }

  /**
   * The rows behind the facts, most telling first. Gathered on first use: most measurements of most
   * customers never need theirs.
   */
  public List<EvidenceRef> evidence() {
    if (evidence == null) {
      List<EvidenceRef> rows = new ArrayList<>();
      for (Supplier<List<EvidenceRef>> source : evidenceSources) {
        rows.addAll(source.get());
      }
      evidence = List.copyOf(rows);
    }
    return evidence;
  }

  /** Collects the facts of a measurement in the criterion's order. */
  public static final class Builder {
    private final Criterion criterion;
    private final double[] values;
    private final boolean[] set;
    private final List<Supplier<List<EvidenceRef>>> evidence = new ArrayList<>(2);

    private Builder(Criterion criterion) {
      this.criterion = criterion;
      this.values = new double[criterion.facts().size()];
      this.set = new boolean[values.length];
    }

    public Builder fact(Fact fact, double value) {
      int index = criterion.indexOf(fact);
      if (index < 0) {
        throw new IllegalArgumentException(criterion.id() + " does not declare " + fact.name());
      }
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(criterion.id() + "." + fact.name() + " is " + value);
      }
      values[index] = value;
      set[index] = true;
      return this;
    }

    /** Where the rows behind the facts come from; read only when asked for. */
    public Builder evidence(Supplier<List<EvidenceRef>> rows) {
      evidence.add(rows);
      return this;
    }

    public Measurement says(String key, Object... args) {
      for (int i = 0; i < set.length; i++) {
        if (!set[i]) {
          throw new IllegalStateException(
              criterion.id() + " did not measure " + criterion.facts().get(i).name());
        }
      }
      return new Measurement(criterion, true, values, Phrase.of(key, args), evidence);
    }
  }

  @Override
  public String toString() {
    return criterion.id()
        + (measured ? Arrays.toString(values) : "[not measured]")
        + " "
        + Objects.toString(says);
  }
}
