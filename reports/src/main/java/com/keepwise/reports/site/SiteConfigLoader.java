package com.keepwise.reports.site;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.YamlBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code site.yaml}: checked like a policy, with paths resolved against the file's directory. */
public final class SiteConfigLoader {

  /** A site configuration ready to build from, or the problems that keep it from being one. */
  public record Result(Optional<Resolved> site, List<Problem> problems) {}

  /** The configuration with its paths resolved. */
  public record Resolved(SiteConfig config, Path dataset, Optional<Path> policy, Path out, SiteOptions options) {}

  private SiteConfigLoader() {}

  /**
   * @param file the file's path, used for problems and as the base of relative paths
   * @param outOverride {@code --out}, which wins over the file's {@code out}
   */
  public static Result load(Path file, String text, Optional<Path> outOverride) {
    String source = file.toString();
    Bound<SiteConfig> bound = YamlBinder.shared().bind(source, text, SiteConfig.class);
    if (bound.valid().isEmpty()) {
      return new Result(Optional.empty(), bound.problems());
    }
    SiteConfig config = bound.valid().get();
    Path base = file.toAbsolutePath().getParent();
    List<Problem> problems = new ArrayList<>();
    Path dataset = base.resolve(config.dataset()).normalize();
    if (!Files.isDirectory(dataset)) {
      problems.add(at(bound, "/dataset", source, "dataset: '" + config.dataset() + "' is not a directory (expected the dataset directory, relative to " + file.getFileName() + ")"));
    }
    Optional<Path> policy = config.policy().map(p -> base.resolve(p).normalize());
    if (policy.isPresent() && !Files.isRegularFile(policy.get())) {
      problems.add(at(bound, "/policy", source, "policy: '" + config.policy().get() + "' is not a file (expected the policy file, relative to " + file.getFileName() + ")"));
    }
    Optional<Path> templates = config.templates().map(t -> base.resolve(t).normalize());
    if (templates.isPresent() && !Files.isDirectory(templates.get())) {
      problems.add(at(bound, "/templates", source, "templates: '" + config.templates().get() + "' is not a directory (expected a directory of templates, relative to " + file.getFileName() + ")"));
    }
    List<Path> fonts = new ArrayList<>();
    List<String> fontNames = config.pdf().flatMap(SiteConfig.Pdf::fonts).orElse(List.of());
    for (int i = 0; i < fontNames.size(); i++) {
      Path font = base.resolve(fontNames.get(i)).normalize();
      if (!Files.isRegularFile(font)) {
        problems.add(at(bound, "/pdf/fonts/" + i, source, "pdf.fonts: '" + fontNames.get(i) + "' is not a file (expected a font file, relative to "
            + file.getFileName() + ")"));
      }
      fonts.add(font);
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    SiteOptions.PdfOptions pdf = new SiteOptions.PdfOptions(config.pdf().flatMap(SiteConfig.Pdf::enabled).orElse(true),
        config.pdf().flatMap(SiteConfig.Pdf::confidentiality).orElse(""), fonts);
    Path out = outOverride.orElse(base.resolve(config.out().orElse("site")).normalize());
    SiteOptions options = new SiteOptions(config.title(), config.client().orElse(""),
        Locale.forLanguageTag(config.locale().orElse("en")), templates, config.pseudonymise().orElse(false),
        new HashSet<>(config.segments().orElse(List.of())),
        config.sections().filter(s -> !s.isEmpty()).map(EnumSet::copyOf).orElse(EnumSet.allOf(SiteConfig.Section.class)),
        config.reviewedOn(), dataset, config.currencyDisplay().map("symbol"::equals).orElse(false), pdf);
    return new Result(Optional.of(new Resolved(config, dataset, policy, out, options)), List.of());
  }

  private static Problem at(Bound<SiteConfig> bound, String pointer, String source, String message) {
    var where = bound.locations().nearest(com.fasterxml.jackson.core.JsonPointer.compile(pointer));
    return new Problem(source, where.getLineNr(), where.getColumnNr(), message);
  }
}
