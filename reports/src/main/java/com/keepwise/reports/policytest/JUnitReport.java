package com.keepwise.reports.policytest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A test run as JUnit XML, which CI systems show as test results: a {@code <testsuite>} per case
 * file, a {@code <testcase>} per case, a {@code <failure>} with the details for a failed one. No
 * times or host names, so the same run writes the same bytes.
 */
public final class JUnitReport {

  private JUnitReport() {}

  public static void write(TestRun run, OutputStream out) throws IOException {
    Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
    for (CaseResult r : run.results()) {
      byFile.computeIfAbsent(r.testCase().source(), f -> new ArrayList<>()).add(r);
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "keepwise policy tests");
      xml.writeAttribute("tests", String.valueOf(run.results().size()));
      xml.writeAttribute("failures", String.valueOf(run.failed()));
      xml.writeAttribute("errors", "0");
      for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
        List<CaseResult> results = file.getValue();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlText(file.getKey()));
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute(
            "failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (CaseResult r : results) {
          xml.writeCharacters("\n    ");
          if (r.passed()) {
            xml.writeEmptyElement("testcase");
          } else {
            xml.writeStartElement("testcase");
          }
          xml.writeAttribute("classname", xmlText(file.getKey()));
          xml.writeAttribute("name", xmlText(r.name()));
          xml.writeAttribute("file", xmlText(file.getKey()));
          xml.writeAttribute("line", String.valueOf(r.testCase().line()));
          if (!r.passed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlText(String.join("; ", r.failures())));
            xml.writeAttribute("type", "PolicyTestFailure");
            xml.writeCharacters(xmlText(details(r)));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
          }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      // The writer wraps the stream's failure (a full disk, say): that one is the user's to read.
      if (e.getCause() instanceof IOException failure) {
        throw failure;
      }
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  /**
   * Text that XML 1.0 can hold: a control character (other than tab and line ends) or an unpaired
   * surrogate in a case name would make the whole report ill-formed, and CI would show no results.
   * They are written as visible escapes ({@code \}{@code u001B}) instead.
   */
  static String xmlText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedSurrogate =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairedSurrogate) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t'
          || c == '\n'
          || c == '\r'
          || (c >= 0x20 && c < 0xD800)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static String details(CaseResult r) {
    StringBuilder text = new StringBuilder();
    text.append("expected  ")
        .append(TextReport.expected(r.testCase().spec().expect()))
        .append('\n');
    text.append("got       ").append(TextReport.got(r.assessment().decision())).append('\n');
    r.failures().forEach(f -> text.append("failed    ").append(f).append('\n'));
    TextReport.why(r).forEach(w -> text.append("because   ").append(w).append('\n'));
    return text.toString();
  }
}
