package com.keepwise.reports.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How DocumentationIT reads a document: which blocks run, and what counts as the same output. */
class FencedBlockTest {

  static final String DOC =
      """
      # Title

      ```bash
      keepwise init p && cd p
      ```

      ```bash no-run
      ./mvnw verify
      ```

      ```yaml
      a: 1
      ```

      1. In a list:
         ```sh
         echo "indented"
         ```

      ```console
      $ keepwise test \\
          cases/
      cases/a.yaml
        PASS  one
      2 passed, 0 failed
      $ echo done
      done
      ```
      """;

  @Test
  void shellAndConsoleBlocksRunUnlessMarkedNoRun() {
    List<FencedBlock> blocks = FencedBlock.of("doc.md", DOC);
    assertEquals(
        List.of("bash", "bash", "yaml", "sh", "console"),
        blocks.stream().map(FencedBlock::language).toList());
    assertEquals(
        List.of(true, false, false, true, true), blocks.stream().map(FencedBlock::runs).toList());
    assertEquals(Set.of("no-run"), blocks.get(1).flags());
    assertEquals("doc.md:3", blocks.get(0).where());
    assertEquals("keepwise init p && cd p\n", blocks.get(0).text());
    assertEquals("echo \"indented\"\n", blocks.get(3).text());
  }

  @Test
  void aConsoleBlockIsCommandsAndTheirOutput() {
    List<FencedBlock.Command> commands = FencedBlock.of("doc.md", DOC).get(4).commands();
    assertEquals(2, commands.size());
    assertEquals("keepwise test \\\n    cases/", commands.get(0).command());
    assertEquals(
        List.of("cases/a.yaml", "  PASS  one", "2 passed, 0 failed"), commands.get(0).expected());
    assertEquals(new FencedBlock.Command("echo done", List.of("done")), commands.get(1));
  }

  @Test
  void anEllipsisStandsForLinesOrText() {
    assertTrue(SampleOutput.matches(List.of("a", "…", "d"), List.of("a", "b", "c", "d")));
    assertTrue(SampleOutput.matches(List.of("a", "…", "d"), List.of("a", "d")));
    assertTrue(SampleOutput.matches(List.of("risk 3…, value …"), List.of("risk 32.0, value 34.1")));
    assertTrue(SampleOutput.matches(List.of("a", ""), List.of("a  ")));
    assertFalse(SampleOutput.matches(List.of("a", "d"), List.of("a", "b", "d")));
    assertFalse(
        SampleOutput.matches(List.of("6 passed, 1 failed"), List.of("11 passed, 1 failed")));
    assertFalse(SampleOutput.matches(List.of("a (b)"), List.of("a b")));
  }
}
