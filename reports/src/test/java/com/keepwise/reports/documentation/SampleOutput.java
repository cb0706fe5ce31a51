package com.keepwise.reports.documentation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether what a command printed matches the sample a document shows: line by line, where a line
 * that is only {@code …} stands for any number of lines and a {@code …} inside a line for any text.
 * Trailing blank lines and trailing spaces do not count.
 */
final class SampleOutput {

  static final String ELLIPSIS = "…";

  private SampleOutput() {}

  static boolean matches(List<String> sample, List<String> printed) {
    return matches(trimmed(sample), 0, trimmed(printed), 0);
  }

  private static boolean matches(List<String> sample, int s, List<String> printed, int p) {
    if (s == sample.size()) {
      return p == printed.size();
    }
    if (sample.get(s).strip().equals(ELLIPSIS)) {
      for (int skip = p; skip <= printed.size(); skip++) {
        if (matches(sample, s + 1, printed, skip)) {
          return true;
        }
      }
      return false;
    }
    return p < printed.size()
        && lineMatches(sample.get(s), printed.get(p))
        && matches(sample, s + 1, printed, p + 1);
  }

  static boolean lineMatches(String sample, String printed) {
    StringBuilder regex = new StringBuilder();
    String[] parts = sample.split(ELLIPSIS, -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.matches(regex.toString(), printed);
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> stripped = lines.stream().map(String::stripTrailing).toList();
    int end = stripped.size();
    while (end > 0 && stripped.get(end - 1).isEmpty()) {
      end--;
    }
    return stripped.subList(0, end);
  }
}
