package com.keepwise.reports.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows whose id was used before in the same file. The first use is found by reading the file again,
 * once, and only when there are duplicates: the single pass keeps hashes, not lines.
 */
final class DuplicateIds {

  /**
   * @param header the id column's header in the file, to find it again
   * @param name the column as problems name it
   */
  record Duplicate(long line, int column, String header, String name, String id) {}

  private final List<Duplicate> found = new ArrayList<>();

  /**
   * The one message for an id used a second time in its file; {@code firstLine} is the line of its
   * first use, or 0 or less when that is not known.
   */
  static String alreadyUsed(String header, String id, long firstLine) {
    return header
        + " "
        + ContractTypes.quote(id)
        + " is already used on "
        + (firstLine > 0 ? "line " + firstLine : "an earlier line")
        + " (expected an id unique within the file)";
  }

  void add(long line, int column, String header, String name, String id) {
    if (found.size() < ProblemLog.KEPT) {
      found.add(new Duplicate(line, column, header, name, id));
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Duplicate> found() {
    return found;
  }

  /** The ids to look up in the second reading. */
  Map<String, Long> firstLinesToFind() {
    Map<String, Long> ids = new HashMap<>();
    for (Duplicate d : found) {
      ids.put(d.id(), -1L);
    }
    return ids;
  }
}
