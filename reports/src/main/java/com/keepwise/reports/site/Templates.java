package com.keepwise.reports.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The site's FreeMarker configuration, set once and failing loudly: HTML auto-escaping, no
 * fallbacks for missing values, no access to Java classes from templates, the user's override
 * directory before the built-in templates.
 */
public final class Templates {

  /** Where the built-in templates live on the class path (the site-templates module). */
  public static final String ROOT = "/keepwise/site";

  private final Configuration configuration;

  /**
   * Template overrides arrive from outside (a pull request, a colleague's folder). A symbolic link
   * among them may point to another file of the directory, never out of it: a static asset linked
   * to {@code /proc/self/environ} would publish the machine's environment in the site.
   *
   * @throws SiteException naming the first link that points out
   */
  static void refuseLinksOut(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Path real = dir.toRealPath();
    List<Path> links;
    try (Stream<Path> walk = Files.walk(dir)) {
      links = walk.filter(Files::isSymbolicLink).sorted().toList();
    }
    for (Path link : links) {
      if (!Files.exists(link) || !link.toRealPath().startsWith(real)) {
        throw new SiteException(
            link
                + " is a symbolic link out of the templates directory "
                + dir
                + " (expected a file inside it; copy the file there instead)");
      }
    }
  }

  public Templates(Locale locale, Optional<Path> overrides) throws IOException {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (overrides.isPresent()) {
      refuseLinksOut(overrides.get());
      loaders.add(new FileTemplateLoader(overrides.get().toFile()));
    }
    loaders.add(new ClassTemplateLoader(Templates.class, ROOT));
    c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    c.setRecognizeStandardFileExtensions(true);
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setObjectWrapper(new PrintableText(Configuration.VERSION_2_3_34));
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(locale);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    this.configuration = c;
  }

  /**
   * Renders a page template with its model; a template mistake fails with the template's name and
   * line.
   */
  public void render(String template, Map<String, Object> model, Writer out) throws IOException {
    Template page = configuration.getTemplate(template);
    try {
      page.process(model, out);
    } catch (TemplateException e) {
      throw new SiteException(
          "template "
              + e.getTemplateSourceName()
              + ", line "
              + e.getLineNumber()
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    }
  }
}
