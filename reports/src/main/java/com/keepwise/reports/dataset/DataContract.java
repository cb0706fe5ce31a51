package com.keepwise.reports.dataset;

import com.keepwise.domain.dataset.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The data contract: every file of a dataset, as its reader class declares it. The one place to
 * look up the contract's files and columns (the generator's headers, {@code
 * docs/data-contract.md}).
 */
public final class DataContract {

  private static final Map<SourceFile, EventFile> EVENT_FILES = new EnumMap<>(SourceFile.class);
  private static final List<Schema> SCHEMAS = new ArrayList<>();

  static {
    SCHEMAS.add(CustomersFile.SCHEMA);
    for (EventFile file :
        List.of(
            new InvoicesFile(),
            new TicketsFile(),
            new InteractionsFile(),
            new MeetingsFile(),
            new RequestsFile(),
            new IncidentsFile(),
            new ReviewsFile(),
            new ReferralsFile(),
            new AdviceFile())) {
      EVENT_FILES.put(file.schema().file(), file);
      SCHEMAS.add(file.schema());
    }
    for (int i = 0; i < SourceFile.values().length; i++) {
      if (SCHEMAS.size() != SourceFile.values().length
          || SCHEMAS.get(i).file() != SourceFile.values()[i]) {
        throw new IllegalStateException(
            "the contract's files are not declared in SourceFile's order: " + SCHEMAS);
      }
    }
  }

  private DataContract() {}

  /** Every file of the contract, {@code customers.csv} first, in {@link SourceFile}'s order. */
  public static List<Schema> schemas() {
    return Collections.unmodifiableList(SCHEMAS);
  }

  public static Schema schema(SourceFile file) {
    return SCHEMAS.get(file.ordinal());
  }

  /**
   * The readers of the event files (every file but customers.csv), in {@link SourceFile}'s order.
   */
  static Map<SourceFile, EventFile> eventFiles() {
    return Collections.unmodifiableMap(EVENT_FILES);
  }
}
