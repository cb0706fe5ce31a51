package com.keepwise.reports.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code customers/all.js}: every customer's row of the index as data, so that the index's search
 * and filters cover all customers, not only the thousand of the page shown. A script rather than a
 * JSON file, because a browser opening the site from the file system may load scripts but not fetch
 * files. Written by Jackson, so any name is a safe string; the page puts it in the table as text,
 * never as markup.
 */
final class AllCustomers {

  static final String FILE_NAME = "all.js";

  private static final JsonFactory JSON = new JsonFactory();

  private AllCustomers() {}

  static void write(Path file, List<Tables.Row> rows) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("window.keepwiseCustomers = ");
      try (JsonGenerator json = JSON.createGenerator(out)) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        for (Tables.Row r : rows) {
          json.writeStartArray();
          for (String cell :
              new String[] {
                r.href(),
                r.name(),
                r.id(),
                r.segment(),
                r.action().code(),
                r.action().name(),
                r.action().css(),
                r.actionRank(),
                r.risk(),
                r.riskSort(),
                r.value(),
                r.valueSort(),
                r.topReason(),
                r.topFact(),
                r.revenue(),
                r.revenueSort()
              }) {
            json.writeString(cell);
          }
          json.writeEndArray();
          json.writeRaw('\n');
        }
        json.writeEndArray();
      }
      out.write(";\n");
    }
  }
}
