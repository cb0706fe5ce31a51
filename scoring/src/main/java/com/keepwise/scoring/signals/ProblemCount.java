package com.keepwise.scoring.signals;

/** Problem events of one kind for one customer, in the earlier and the recent part of the window. */
final class ProblemCount {

  private int earlier;
  private int recent;

  void add(java.time.LocalDate day, ReviewWindow window) {
    if (window.isRecent(day)) {
      recent++;
    } else {
      earlier++;
    }
  }

  int earlier() {
    return earlier;
  }

  int recent() {
    return recent;
  }
}
