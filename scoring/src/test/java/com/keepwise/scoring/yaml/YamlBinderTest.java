package com.keepwise.scoring.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.Problem;
import jakarta.validation.constraints.Max;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The binder's messages, one a failure mode, exactly as the user reads them. Where a message
 * carries a library's own words (SnakeYAML's description of broken YAML, a double as the validator
 * writes it), the test fails when the library's wording changes, so the change is seen and not
 * shipped.
 */
class YamlBinderTest {

  /** A small document: a name, a bounded number, a list and a nested mapping. */
  record Sample(
      Optional<String> name,
      Optional<@Max(value = 100, message = "is ${validatedValue} (expected at most 100)") Double>
          weight,
      Optional<List<String>> segments,
      Optional<Part> part) {}

  record Part(Optional<String> label, Optional<Integer> count) {}

  private static List<String> problems(String text) {
    return YamlBinder.shared().bind("s.yaml", text, Sample.class).problems().stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void aWellFormedDocumentBindsWithoutProblems() {
    Bound<Sample> bound =
        YamlBinder.shared()
            .bind(
                "s.yaml",
                "name: A\nweight: 2.5\nsegments: [smb]\npart: {count: 3}\n",
                Sample.class);
    assertEquals(List.of(), bound.problems());
    assertEquals(Optional.of(3), bound.valid().orElseThrow().part().orElseThrow().count());
  }

  @Test
  void everyKeyWrittenTwiceIsReportedAtTheSecond() {
    assertEquals(
        List.of(
            "s.yaml:2:5: the key 'name' appears twice (expected each key once)",
            "s.yaml:5:8: the key 'count' appears twice (expected each key once)"),
        problems("name: A\nname: B\npart:\n  count: 1\n  count: 2\n"));
  }

  @Test
  void theSameKeyInAnotherDocumentIsNoDuplicate() {
    List<String> problems = problems("name: A\n---\nname: B\n");
    assertTrue(problems.stream().noneMatch(p -> p.contains("appears twice")), problems.toString());
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void brokenYamlIsSaidInSnakeYamlsWordsOnOneLine() {
    // SnakeYAML's first line, kept as it is: this fails if its wording changes.
    assertEquals(
        List.of(
            "s.yaml:1:5: not valid YAML: while scanning a quoted scalar"
                + " (expected YAML: key: value lines, quotes closed)"),
        problems("name: \"Acme\n"));
  }

  @Test
  void aValueWhereAListGoesIsQuotedAsWritten() {
    assertEquals(
        List.of("s.yaml:1:11: segments: 'smb' is not allowed here (expected a list)"),
        problems("segments: smb\n"));
    assertEquals(
        List.of("s.yaml:1:11: segments: 5 is not allowed here (expected a list)"),
        problems("segments: 5\n"));
  }

  @Test
  void aWholeNumberOutOfRangeIsWrittenWithoutItsDecimals() {
    // The validator writes the double 150.0; the user wrote 150. Fails if its wording changes.
    assertEquals(
        List.of("s.yaml:1:9: weight: is 150 (expected at most 100)"), problems("weight: 150\n"));
    assertEquals(
        List.of("s.yaml:1:9: weight: is 150.5 (expected at most 100)"),
        problems("weight: 150.5\n"));
  }

  @Test
  void unknownKeysTypeMistakesAndAnchorsAreLocated() {
    assertEquals(
        List.of(
            "s.yaml:2:3: part: unknown key 'lable' (expected one of count, label; did you mean"
                + " 'label'?)",
            "s.yaml:3:10: part.count: 'many' is not allowed here (expected a whole number like 3)"),
        problems("part:\n  lable: x\n  count: many\n"));
    assertEquals(
        List.of(
            "s.yaml:1:7: name: anchors (&name) are not allowed (expected the value written out)"),
        problems("name: &n Acme\n"));
    assertEquals(
        List.of(
            "s.yaml:2:7: part: anchors (&name) are not allowed (expected the value written out)",
            "s.yaml:3:7: name: aliases (*name) are not allowed (expected the value written out)"),
        problems("weight: 1\npart: &p {count: 1}\nname: *p\n"));
  }
}
