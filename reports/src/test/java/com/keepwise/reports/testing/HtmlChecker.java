package com.keepwise.reports.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, run on pages of a site; each error as {@code page:line:column: message}. */
public final class HtmlChecker {

  private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
  private final List<String> problems = new ArrayList<>();
  private Path site;

  public HtmlChecker() throws Exception {
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            problems.add(
                site.relativize(Path.of(URI.create(e.getSystemId())))
                    + ":"
                    + e.getLineNumber()
                    + ":"
                    + e.getColumnNumber()
                    + ": "
                    + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
    validator.setUpValidatorAndParsers(collect, false, false);
  }

  /** Every error in {@code pages}, named relative to {@code site}; empty when all are valid. */
  public List<String> problems(Path site, List<Path> pages) throws Exception {
    this.site = site;
    problems.clear();
    for (Path page : pages) {
      validator.checkHtmlFile(page.toFile(), true);
    }
    return List.copyOf(problems);
  }
}
