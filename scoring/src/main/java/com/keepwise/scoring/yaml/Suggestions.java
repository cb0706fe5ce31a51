package com.keepwise.scoring.yaml;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for a mistyped key or name: the nearest valid one, if it is near enough. */
public final class Suggestions {

  private Suggestions() {}

  /** {@code "; did you mean 'weight'?"}, or the empty string when nothing is close. */
  public static String didYouMean(String typed, Collection<String> valid) {
    return nearEnough(typed, valid).map(best -> "; did you mean '" + best + "'?").orElse("");
  }

  /**
   * Up to {@code count} valid names nearest to {@code typed}, nearest first (ties in name order),
   * however far: for listing what there is instead ("the nearest headers are …").
   */
  public static java.util.List<String> nearest(String typed, Collection<String> valid, int count) {
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    return valid.stream()
        .distinct()
        .sorted(
            java.util.Comparator.comparingInt(
                    (String c) -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)))
                .thenComparing(java.util.Comparator.naturalOrder()))
        .limit(count)
        .toList();
  }

  /** The valid name nearest to {@code typed}, if it is near enough to be what was meant. */
  public static java.util.Optional<String> nearEnough(String typed, Collection<String> valid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance
          || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    return best != null && bestDistance <= allowed
        ? java.util.Optional.of(best)
        : java.util.Optional.empty();
  }

  /** Levenshtein distance, with a transposition counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
