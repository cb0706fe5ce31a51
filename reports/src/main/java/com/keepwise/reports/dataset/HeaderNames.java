package com.keepwise.reports.dataset;

import com.keepwise.scoring.yaml.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a header that does not name the contract's columns was probably meant to say. */
final class HeaderNames {

  /**
   * Separators a spreadsheet writes instead of commas (Excel in many European locales: semicolons),
   * and their names.
   */
  private static final List<String[]> OTHER_SEPARATORS =
      List.of(new String[] {";", "semicolons"}, new String[] {"\t", "tabs"});

  private HeaderNames() {}

  /**
   * The name of the separator the header row was written with, when it is not the comma: read with
   * commas, the header holds it, and split at it, the header names contract columns.
   */
  static Optional<String> otherSeparator(List<String> fields, Set<String> columns) {
    String line = String.join(",", fields);
    for (String[] separator : OTHER_SEPARATORS) {
      if (line.contains(separator[0])) {
        for (String name : line.split(Pattern.quote(separator[0]))) {
          if (columns.contains(name.replace("\"", "").strip())) {
            return Optional.of(separator[1]);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The contract column an unknown header name was meant to be, among {@code candidates} (the
   * columns the header lacks): the same name in other case or spacing ({@code Annual Revenue}), a
   * part of it ({@code revenue} for {@code annual_revenue}, {@code id} for {@code customer_id})
   * when only one column has it, or a near spelling.
   */
  static Optional<String> meant(String name, Collection<String> candidates) {
    String normal = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (normal.isEmpty()) {
      return Optional.empty();
    }
    for (String candidate : candidates) {
      if (candidate.equals(normal)) {
        return Optional.of(candidate);
      }
    }
    if (normal.length() >= 2) {
      List<String> containing =
          candidates.stream()
              .filter(
                  c ->
                      c.startsWith(normal + "_")
                          || c.endsWith("_" + normal)
                          || normal.endsWith("_" + c)
                          || normal.startsWith(c + "_"))
              .toList();
      if (containing.size() == 1) {
        return Optional.of(containing.get(0));
      }
    }
    return Suggestions.nearEnough(normal, candidates);
  }
}
