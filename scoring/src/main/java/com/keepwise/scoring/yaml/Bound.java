package com.keepwise.scoring.yaml;

import com.keepwise.domain.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A document bound to a type: the value when there were no problems, else every problem found.
 *
 * @param locations where each key and value of the document is, for checks made after binding
 */
public record Bound<T>(Optional<T> value, List<Problem> problems, YamlBinder.Locations locations) {

  public Bound {
    problems = List.copyOf(problems);
  }

  static <T> Bound<T> failed(List<Problem> problems) {
    return new Bound<>(Optional.empty(), problems, new YamlBinder.Locations());
  }

  static <T> Bound<T> failed(Problem problem) {
    return failed(List.of(problem));
  }
}
