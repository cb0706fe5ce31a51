package com.keepwise.reports.dataset;

import com.keepwise.domain.Problem;
import com.keepwise.domain.signal.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A whole strict read of a dataset directory, as the commands do it: the report and every signal
 * kept.
 */
record Reading(Dataset dataset, DatasetReport report, List<Signal> signals) {

  static Reading of(Path dir) throws IOException {
    return of(dir, false);
  }

  static Reading of(Path dir, boolean lenient) throws IOException {
    Dataset dataset = Dataset.open(dir);
    List<Signal> signals = Collections.synchronizedList(new ArrayList<>());
    DatasetReport report =
        dataset.readEvents((customer, signal, line) -> signals.add(signal), lenient);
    return new Reading(dataset, report, signals);
  }

  /**
   * Every problem as the user sees it: {@code file:line:column: what is wrong (what was expected)}.
   */
  List<String> problems() {
    return report.problems().stream().map(Problem::toString).toList();
  }

  @SuppressWarnings("unchecked")
  <S extends Signal> List<S> signals(Class<S> type) {
    return (List<S>) signals.stream().filter(type::isInstance).toList();
  }
}
