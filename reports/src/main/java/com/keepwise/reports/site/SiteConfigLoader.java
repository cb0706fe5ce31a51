package com.keepwise.reports.site;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.yaml.Bound;
import com.keepwise.scoring.yaml.YamlBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads {@code site.yaml}: checked like a policy, with paths resolved against the file's directory.
 */
public final class SiteConfigLoader {

  /** A site configuration ready to build from, or the problems that keep it from being one. */
  public record Result(Optional<Resolved> site, List<Problem> problems) {}

  /**
   * The configuration with its paths resolved.
   *
   * @param namedSegments every segment the file names (in {@code segments:} and {@code labels:}),
   *     each with the problem to report should the data have no such segment
   */
  public record Resolved(
      SiteConfig config,
      Path dataset,
      Optional<Path> policy,
      Path out,
      SiteOptions options,
      Map<String, List<Problem>> namedSegments) {

    /**
     * The segments the file names that the data does not have, each located in the file and listing
     * the segments that exist: a typo must not quietly give an empty review.
     */
    public List<Problem> unknownSegments(Collection<String> inData) {
      Set<String> existing = new TreeSet<>(inData);
      List<Problem> problems = new ArrayList<>();
      namedSegments.forEach(
          (segment, where) -> {
            if (!existing.contains(segment)) {
              for (Problem at : where) {
                problems.add(
                    new Problem(
                        at.file(),
                        at.line(),
                        at.column(),
                        at.message()
                            + " '"
                            + segment
                            + "' is not a segment of the data (expected one of: "
                            + listed(existing)
                            + ")"));
              }
            }
          });
      problems.sort(Comparator.naturalOrder());
      return problems;
    }

    private static String listed(Set<String> segments) {
      if (segments.isEmpty()) {
        return "none, the data has no customers";
      }
      List<String> shown = segments.stream().limit(30).toList();
      return String.join(", ", shown)
          + (segments.size() > shown.size() ? ", … (" + segments.size() + " in all)" : "");
    }
  }

  private SiteConfigLoader() {}

  /**
   * @param file the file's path, used for problems and as the base of relative paths
   * @param outOverride {@code --out}, which wins over the file's {@code out}
   */
  public static Result load(Path file, String text, Optional<Path> outOverride) {
    String source = file.toString();
    Bound<SiteConfig> bound = YamlBinder.shared().bind(source, text, SiteConfig.class);
    if (bound.value().isEmpty()) {
      return new Result(Optional.empty(), bound.problems());
    }
    // The paths are checked even when other keys have problems: every problem in one run, as for a
    // policy.
    SiteConfig config = bound.value().get();
    Path base = file.toAbsolutePath().getParent();
    List<Problem> problems = new ArrayList<>(bound.problems());
    Path dataset =
        config.dataset() == null || config.dataset().isBlank()
            ? base
            : base.resolve(config.dataset()).normalize();
    if (config.dataset() != null && !config.dataset().isBlank() && !Files.isDirectory(dataset)) {
      problems.add(
          at(
              bound,
              "/dataset",
              source,
              "dataset: '"
                  + config.dataset()
                  + "' is not a directory (expected the dataset directory, relative to "
                  + file.getFileName()
                  + ")"));
    }
    Optional<String> locale = config.locale();
    if (locale.isPresent() && SiteLanguage.of(locale.get()).isEmpty()) {
      problems.add(
          at(
              bound,
              "/locale",
              source,
              "locale: '"
                  + locale.get()
                  + "' is not a supported locale (expected "
                  + SiteLanguage.inWords()
                  + ")"));
    }
    Optional<String> policyName = present(config.policy());
    Optional<Path> policy = policyName.map(p -> base.resolve(p).normalize());
    if (policy.isPresent() && !Files.isRegularFile(policy.get())) {
      problems.add(
          at(
              bound,
              "/policy",
              source,
              "policy: '"
                  + policyName.get()
                  + "' is not a file (expected the policy file, relative to "
                  + file.getFileName()
                  + ")"));
    }
    Optional<String> templatesName = present(config.templates());
    Optional<Path> templates = templatesName.map(t -> base.resolve(t).normalize());
    if (templates.isPresent() && !Files.isDirectory(templates.get())) {
      problems.add(
          at(
              bound,
              "/templates",
              source,
              "templates: '"
                  + templatesName.get()
                  + "' is not a directory (expected a directory of templates, relative to "
                  + file.getFileName()
                  + ")"));
    }
    List<Path> fonts = new ArrayList<>();
    List<String> fontNames = config.pdf().flatMap(SiteConfig.Pdf::fonts).orElse(List.of());
    for (int i = 0; i < fontNames.size(); i++) {
      Path font = base.resolve(fontNames.get(i)).normalize();
      if (!Files.isRegularFile(font)) {
        problems.add(
            at(
                bound,
                "/pdf/fonts/" + i,
                source,
                "pdf.fonts: '"
                    + fontNames.get(i)
                    + "' is not a file (expected a font file, relative to "
                    + file.getFileName()
                    + ")"));
      }
      fonts.add(font);
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.naturalOrder());
      return new Result(Optional.empty(), problems);
    }
    SiteOptions.PdfOptions pdf =
        new SiteOptions.PdfOptions(
            config.pdf().flatMap(SiteConfig.Pdf::enabled).orElse(true),
            config.pdf().flatMap(SiteConfig.Pdf::confidentiality).orElse(""),
            fonts);
    Path out = outOverride.orElse(base.resolve(config.out().orElse("site")).normalize());
    SiteOptions options =
        SiteOptions.builder(config.title(), dataset)
            .client(config.client().orElse(""))
            .locale(config.locale().flatMap(SiteLanguage::of).orElse(SiteLanguage.EN).locale())
            .templates(templates)
            .pseudonymise(config.pseudonymise().orElse(false))
            .segments(new HashSet<>(config.segments().orElse(List.of())))
            .sections(
                config
                    .sections()
                    .filter(s -> !s.isEmpty())
                    .map(EnumSet::copyOf)
                    .orElse(EnumSet.allOf(SiteConfig.Section.class)))
            .reviewedOn(config.reviewedOn())
            .currencySymbol(config.currencyDisplay().map("symbol"::equals).orElse(false))
            .labels(config.labels().orElse(SiteConfig.Labels.NONE))
            .audience(config.audience().orElse(SiteConfig.Audience.CLIENT))
            .letterHead(config.letters().orElse(SiteConfig.LetterHead.NONE))
            .pdf(pdf)
            .build();
    Map<String, List<Problem>> named = new TreeMap<>();
    List<String> segments = config.segments().orElse(List.of());
    for (int i = 0; i < segments.size(); i++) {
      named
          .computeIfAbsent(segments.get(i), s -> new ArrayList<>())
          .add(at(bound, "/segments/" + i, source, "segments:"));
    }
    config
        .labels()
        .flatMap(SiteConfig.Labels::segments)
        .ifPresent(
            labels ->
                labels
                    .keySet()
                    .forEach(
                        segment ->
                            named
                                .computeIfAbsent(segment, s -> new ArrayList<>())
                                .add(
                                    at(
                                        bound,
                                        "/labels/segments/" + escape(segment),
                                        source,
                                        "labels.segments:"))));
    return new Result(
        Optional.of(new Resolved(config, dataset, policy, out, options, named)), List.of());
  }

  /** A key as a JSON Pointer step. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** An optional key whose value had a problem may be bound as null. */
  private static <T> Optional<T> present(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  private static Problem at(
      Bound<SiteConfig> bound, String pointer, String source, String message) {
    var where = bound.locations().nearest(com.fasterxml.jackson.core.JsonPointer.compile(pointer));
    return new Problem(source, where.getLineNr(), where.getColumnNr(), message);
  }
}
