package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's mistakes: every one in one run, located, in the user's words. */
class SiteConfigLoaderTest {

  @TempDir Path dir;

  List<String> problems(String yaml) throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, yaml);
    SiteConfigLoader.Result result = SiteConfigLoader.load(file, yaml, Optional.empty());
    assertTrue(result.site().isEmpty());
    return result.problems().stream()
        .map(Problem::toString)
        .map(p -> p.substring(dir.toString().length() + 1))
        .toList();
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    List<String> problems =
        problems(
            """
        title: Review
        dataset: nowhere
        locale: de
        sections: [overview, dat_quality]
        pseudonymise: maybe
        reviewed_on: 2026-13-01
        segments: smb
        policy: missing.yaml
        """);
    assertEquals(
        List.of(
            "site.yaml:2:10: dataset: 'nowhere' is not a directory (expected the dataset directory, relative to site.yaml)",
            "site.yaml:3:9: locale: 'de' is not a supported locale (expected en, sv, nb, pl, ja or fa)",
            "site.yaml:4:22: sections[1]: 'dat_quality' is not allowed here (expected one of overview, segments, customers,"
                + " policy, data_quality, downloads; did you mean 'data_quality'?)",
            "site.yaml:5:15: pseudonymise: 'maybe' is not allowed here (expected true or false)",
            "site.yaml:6:14: reviewed_on: '2026-13-01' is not allowed here (expected a date like 2026-11-01)",
            "site.yaml:7:11: segments: 'smb' is not allowed here (expected a list)",
            "site.yaml:8:9: policy: 'missing.yaml' is not a file (expected the policy file, relative to site.yaml)"),
        problems);
  }

  @Test
  void noJavaNameLeaksIntoAMessage() throws Exception {
    List<String> problems =
        problems(
            "title: [a]\ndataset: .\nsections: [bogus]\nout: {a: 1}\nclient: [x]\naudience: clients\n");
    assertEquals(5, problems.size(), problems.toString());
    assertTrue(
        problems.contains(
            "site.yaml:6:11: audience: 'clients' is not allowed here (expected one of client, analyst; did you mean 'client'?)"),
        problems.toString());
    for (String problem : problems) {
      assertTrue(
          !problem.contains("com.keepwise")
              && !problem.contains("java.")
              && !problem.contains("Cannot construct")
              && !problem.contains("`"),
          problem);
    }
  }
}
