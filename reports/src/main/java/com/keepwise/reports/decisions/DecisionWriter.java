package com.keepwise.reports.decisions;

import com.keepwise.scoring.decide.Assessment;
import java.io.Closeable;
import java.io.IOException;

/** Writes decisions one customer at a time, in the order given (customer_id order). */
public interface DecisionWriter extends Closeable {

  void write(Assessment assessment) throws IOException;
}
