package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-contract.md} describes every file, column, type, code and constraint exactly as
 * the declaration in the reader classes says: each file's section is rendered from its {@link
 * Schema}, and the document must hold that rendering. When it does not, the corrected document is
 * written to {@code target/data-contract.md} to be copied over.
 */
class DataContractDocumentTest {

  static final Path DOCUMENT = Path.of("..", "docs", "data-contract.md");

  /** A file's heading and table, as the declaration says. */
  static String section(Schema schema) {
    StringBuilder out = new StringBuilder("### ").append(schema.file().fileName());
    if (!schema.about().isEmpty()) {
      out.append(" (").append(schema.about()).append(')');
    }
    out.append("\n\n| column | type | required | meaning |\n|---|---|---|---|\n");
    for (Column column : schema.columns()) {
      String type =
          column.codes().isEmpty()
              ? column.type().documented()
              : column.codes().stream()
                  .map(code -> "`" + code + "`")
                  .collect(Collectors.joining("/"));
      String required =
          column.required()
              ? "yes"
              : "no" + column.absentMeans().map(a -> " (" + a + ")").orElse("");
      out.append("| ")
          .append(column.header())
          .append(" | ")
          .append(type)
          .append(" | ")
          .append(required)
          .append(" |")
          .append(column.meaning().isEmpty() ? "" : " " + column.meaning())
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * The document with each file's section replaced by its rendering; a section it lacks is named in
   * {@code missing}.
   */
  static String rendered(String document, List<String> missing) {
    List<String> lines = new ArrayList<>(document.lines().toList());
    for (Schema schema : DataContract.schemas()) {
      String heading = "### " + schema.file().fileName();
      int at = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).equals(heading) || lines.get(i).startsWith(heading + " ")) {
          at = i;
        }
      }
      if (at < 0) {
        missing.add(schema.file().fileName());
        continue;
      }
      int end = at + 1;
      while (end < lines.size() && (lines.get(end).isEmpty() || lines.get(end).startsWith("|"))) {
        if (lines.get(end).isEmpty() && end > at + 1 && lines.get(end - 1).startsWith("|")) {
          break;
        }
        end++;
      }
      lines.subList(at, end).clear();
      lines.addAll(at, section(schema).lines().toList());
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void theDocumentDescribesEveryFileAsDeclared() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    String expected = rendered(document, missing);
    assertEquals(List.of(), missing, "files without a section (### name) in " + DOCUMENT);
    if (!expected.equals(document)) {
      Files.writeString(Path.of("target", "data-contract.md"), expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        document,
        DOCUMENT + " differs from the declaration: cp reports/target/data-contract.md docs/");
  }

  @Test
  void theRenderingNamesEveryColumnTypeAndCode() {
    String customers = section(CustomersFile.SCHEMA);
    assertTrue(
        customers.contains(
            "| annual_revenue | decimal ≥ 0 | yes | revenue from this customer over the last 12 months |"),
        customers);
    assertTrue(
        customers.contains(
            "| relationship | `standard`/`long_standing`/`personal` | no (`standard`) |"),
        customers);
    assertTrue(customers.contains("| high_profile | bool | no (false) |"), customers);
    assertTrue(section(InvoicesFile.SCHEMA).contains("| amount | decimal > 0 | yes |"));
    assertTrue(section(IncidentsFile.SCHEMA).contains("| severity | integer 1–5 | no (3) |"));
  }

  @Test
  void theReadmeLinksTheDocument() throws IOException {
    assertTrue(Files.readString(Path.of("..", "README.md")).contains("(docs/data-contract.md)"));
  }
}
