package com.keepwise.reports.dataset;

import com.keepwise.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customer ids to their position among the accepted customers, for event rows to refer to. */
final class CustomerIndex {

  private final Map<String, Integer> indexById = new HashMap<>();
  private final List<CustomerId> ids = new ArrayList<>();
  private long[] lines = new long[1024];

  /** Ids of customer rows with problems, and the line each was first used on. */
  private final Map<String, Long> skipped = new HashMap<>();

  private boolean unreadable;

  /** Adds an accepted customer; its index is the number of customers accepted before it. */
  void accept(CustomerId id, long line) {
    if (ids.size() == lines.length) {
      lines = java.util.Arrays.copyOf(lines, lines.length * 2);
    }
    lines[ids.size()] = line;
    indexById.put(id.value(), ids.size());
    ids.add(id);
  }

  /**
   * The line of customers.csv an id was first used on, by an accepted row or one with problems; -1
   * if none.
   */
  long firstLine(String id) {
    int index = indexOf(id);
    return index >= 0 ? lines[index] : skipped.getOrDefault(id, -1L);
  }

  /** A customer row that has problems: events that refer to it are skipped too. */
  void skip(String id, long line) {
    skipped.putIfAbsent(id, line);
  }

  /**
   * customers.csv could not be read (it is missing, or its header is): no event can be checked
   * against it, and saying so for each event row would bury the one real cause.
   */
  void markUnreadable() {
    unreadable = true;
  }

  boolean unreadable() {
    return unreadable;
  }

  /** The customer's index, or -1. */
  int indexOf(String id) {
    Integer index = indexById.get(id);
    return index == null ? -1 : index;
  }

  CustomerId idAt(int index) {
    return ids.get(index);
  }

  int size() {
    return ids.size();
  }

  /** Why an id does not resolve, for the message. */
  String whyUnknown(String id) {
    return skipped.containsKey(id)
        ? "belongs to a customer row that has problems"
        : "is not in customers.csv";
  }
}
