package com.keepwise.reports.site;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts {@code review.pdf} is set in. A PDF must embed its fonts, and the site bundles none, so
 * they are found on the machine: first the files {@code pdf.fonts} in site.yaml names, then
 * well-known TrueType files in the system's font directories, one face per script (Latin, Japanese,
 * Arabic) and a monospace one. Every character the document shows is checked against them before
 * the PDF is written: a character of the review's own language that no font has stops the build
 * with a message saying what to install; any other (a name in a third script, an emoji in a note)
 * is reported.
 */
final class PdfFonts {

  /** Where systems keep fonts; the first found copy of a file name wins. */
  static final List<Path> SYSTEM_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts"),
          Path.of("/usr/local/share/fonts"),
          Path.of(System.getProperty("user.home"), ".local/share/fonts"),
          Path.of(System.getProperty("user.home"), ".fonts"),
          Path.of("/Library/Fonts"),
          Path.of(System.getProperty("user.home"), "Library/Fonts"),
          Path.of("C:\\Windows\\Fonts"));

  /**
   * A script the document needs and the font files that can set it, best first, as regular/bold
   * pairs.
   */
  enum Script {
    LATIN(
        "kw-latin",
        "Latin",
        "fonts-noto-core or fonts-dejavu-core",
        List.of(
            "NotoSans-Regular.ttf",
            "DejaVuSans.ttf",
            "LiberationSans-Regular.ttf",
            "Arial.ttf",
            "arial.ttf"),
        List.of(
            "NotoSans-Bold.ttf",
            "DejaVuSans-Bold.ttf",
            "LiberationSans-Bold.ttf",
            "Arial Bold.ttf",
            "arialbd.ttf")),
    JAPANESE(
        "kw-japanese",
        "Japanese",
        "fonts-ipafont-gothic",
        List.of(
            "ipag.ttf",
            "ipaexg.ttf",
            "ipagp.ttf",
            "VL-Gothic-Regular.ttf",
            "TakaoGothic.ttf",
            "NotoSansJP-Regular.ttf",
            "msmincho.ttf"),
        List.of("NotoSansJP-Bold.ttf")),
    ARABIC(
        "kw-arabic",
        "Persian",
        "fonts-noto-core or fonts-vazirmatn",
        List.of(
            "Vazirmatn-Regular.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoNaskhArabic-Regular.ttf",
            "DejaVuSans.ttf",
            "tahoma.ttf"),
        List.of(
            "Vazirmatn-Bold.ttf",
            "NotoSansArabic-Bold.ttf",
            "NotoNaskhArabic-Bold.ttf",
            "DejaVuSans-Bold.ttf",
            "tahomabd.ttf")),
    MONO(
        "kw-mono",
        "monospace",
        "fonts-dejavu-core",
        List.of(
            "DejaVuSansMono.ttf",
            "NotoSansMono-Regular.ttf",
            "LiberationMono-Regular.ttf",
            "cour.ttf"),
        List.of(
            "DejaVuSansMono-Bold.ttf",
            "NotoSansMono-Bold.ttf",
            "LiberationMono-Bold.ttf",
            "courbd.ttf"));

    final String family;
    final String name;
    final String debianPackage;
    final List<String> regular;
    final List<String> bold;

    Script(
        String family, String name, String debianPackage, List<String> regular, List<String> bold) {
      this.family = family;
      this.name = name;
      this.debianPackage = debianPackage;
      this.regular = regular;
      this.bold = bold;
    }
  }

  /** A font file with the family it is registered under and its weight. */
  record Face(String family, Path file, int weight, CmapLookup characters) {
    boolean has(int codePoint) {
      return characters.getGlyphId(codePoint) > 0;
    }
  }

  private static final Map<Path, Optional<CmapLookup>> PARSED = new ConcurrentHashMap<>();
  private static final Map<List<Path>, Map<String, Path>> FILES = new ConcurrentHashMap<>();

  private final List<Face> faces;
  private final Locale locale;
  private final List<Path> directories;

  private PdfFonts(List<Face> faces, Locale locale, List<Path> directories) {
    this.faces = List.copyOf(faces);
    this.locale = locale;
    this.directories = List.copyOf(directories);
  }

  /** The faces for a review in {@code locale}: the user's files first, then the system's. */
  static PdfFonts find(List<Path> userFonts, Locale locale) {
    return find(userFonts, locale, SYSTEM_DIRECTORIES);
  }

  /** As above, looking for fonts in {@code directories} instead of the system's. */
  static PdfFonts find(List<Path> userFonts, Locale locale, List<Path> directories) {
    List<Face> faces = new ArrayList<>();
    for (int i = 0; i < userFonts.size(); i++) {
      Path file = userFonts.get(i);
      CmapLookup characters =
          characters(file)
              .orElseThrow(
                  () ->
                      new SiteException(
                          "pdf.fonts: "
                              + file
                              + " is not a TrueType font that can be embedded (expected a .ttf file)"));
      faces.add(new Face("kw-user-" + (i + 1), file, 400, characters));
    }
    Map<String, Path> system = FILES.computeIfAbsent(List.copyOf(directories), PdfFonts::fontFiles);
    for (Script script : Script.values()) {
      first(script.regular, system)
          .ifPresent(
              face -> faces.add(new Face(script.family, face.file(), 400, face.characters())));
      first(script.bold, system)
          .ifPresent(
              face -> faces.add(new Face(script.family, face.file(), 700, face.characters())));
    }
    return new PdfFonts(faces, locale, directories);
  }

  List<Face> faces() {
    return faces;
  }

  /**
   * The CSS font-family list of the document's text: the user's fonts, then the script of the
   * review's language, then the others, so each character comes from the face made for it.
   */
  String familyList() {
    List<String> families = new ArrayList<>();
    faces.stream()
        .map(Face::family)
        .filter(f -> f.startsWith("kw-user-"))
        .distinct()
        .forEach(families::add);
    List<Script> order =
        switch (locale.getLanguage()) {
          case "fa" -> List.of(Script.ARABIC, Script.LATIN, Script.JAPANESE);
          case "ja" -> List.of(Script.LATIN, Script.JAPANESE, Script.ARABIC);
          default -> List.of(Script.LATIN, Script.JAPANESE, Script.ARABIC);
        };
    for (Script script : order) {
      if (faces.stream().anyMatch(f -> f.family().equals(script.family))) {
        families.add(script.family);
      }
    }
    return String.join(", ", families.stream().map(f -> "\"" + f + "\"").toList());
  }

  /** The monospace family list, for evidence sources and policy text. */
  String monospaceList() {
    return faces.stream().anyMatch(f -> f.family().equals(Script.MONO.family))
        ? "\"kw-mono\", " + familyList()
        : familyList();
  }

  /**
   * Checks that every character of {@code text} has a glyph, joined forms of Arabic letters
   * included. A missing character of the review's own language fails; others are returned, to be
   * reported.
   */
  List<String> check(String text) {
    BitSet needed = new BitSet();
    text.codePoints().filter(PdfFonts::visible).forEach(needed::set);
    try {
      String shaped =
          new ArabicShaping(
                  ArabicShaping.LETTERS_SHAPE
                      | ArabicShaping.TEXT_DIRECTION_LOGICAL
                      | ArabicShaping.LENGTH_GROW_SHRINK)
              .shape(text);
      shaped.codePoints().filter(PdfFonts::visible).forEach(needed::set);
    } catch (ArabicShapingException e) {
      // Shaping that fails is checked letter by letter only, as the renderer then sets them
      // unjoined.
    }
    TreeSet<Integer> ownLanguage = new TreeSet<>();
    TreeSet<Integer> others = new TreeSet<>();
    int[] scripts = UScript.getCode(locale);
    for (int c = needed.nextSetBit(0); c >= 0; c = needed.nextSetBit(c + 1)) {
      int codePoint = c;
      if (faces.stream().anyMatch(f -> f.has(codePoint))) {
        continue;
      }
      int script = UScript.getScript(codePoint);
      boolean own = script == UScript.COMMON || script == UScript.INHERITED;
      for (int s : scripts) {
        own |=
            s == script
                || (s == UScript.JAPANESE
                    && (script == UScript.HAN
                        || script == UScript.HIRAGANA
                        || script == UScript.KATAKANA));
      }
      if (presentationForm(codePoint)) {
        own = locale.getLanguage().equals("fa");
      }
      (own ? ownLanguage : others).add(codePoint);
    }
    if (!ownLanguage.isEmpty()) {
      Script wanted =
          switch (locale.getLanguage()) {
            case "fa" -> Script.ARABIC;
            case "ja" -> Script.JAPANESE;
            default -> Script.LATIN;
          };
      throw new SiteException(
          "review.pdf: no font found with "
              + describe(ownLanguage)
              + " ("
              + wanted.name
              + " text, the review's language); "
              + "looked for "
              + String.join(", ", wanted.regular)
              + " in "
              + directories()
              + ". Install one (Debian: "
              + wanted.debianPackage
              + "), list a .ttf file under pdf.fonts in site.yaml, or turn the PDF off with pdf.enabled: false");
    }
    return others.isEmpty()
        ? List.of()
        : List.of(
            "review.pdf: no font found with "
                + describe(others)
                + ": they show as # (list a .ttf file that has them under pdf.fonts in site.yaml)");
  }

  private static boolean presentationForm(int codePoint) {
    return (codePoint >= 0xFB50 && codePoint <= 0xFDFF)
        || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
  }

  /**
   * Characters a font must draw: not spaces, controls or invisible formatting (which the renderer
   * drops).
   */
  private static boolean visible(int codePoint) {
    if (Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isISOControl(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE
        && codePoint != 0xAD
        && codePoint != 0xFFFC;
  }

  private static String describe(TreeSet<Integer> codePoints) {
    List<String> shown = new ArrayList<>();
    for (int c : codePoints) {
      if (shown.size() == 5) {
        break;
      }
      shown.add(
          new String(Character.toChars(c)) + " (U+" + String.format(Locale.ROOT, "%04X", c) + ")");
    }
    String more =
        codePoints.size() > shown.size()
            ? " and " + (codePoints.size() - shown.size()) + " more characters"
            : "";
    return "glyphs for " + String.join(", ", shown) + more;
  }

  private String directories() {
    List<String> existing =
        directories.stream().filter(Files::isDirectory).map(Path::toString).toList();
    return existing.isEmpty()
        ? "no font directory (none of " + directories + " exists)"
        : String.join(", ", existing);
  }

  private static Optional<Face> first(List<String> names, Map<String, Path> system) {
    for (String name : names) {
      Path file = system.get(name);
      if (file != null) {
        Optional<CmapLookup> characters = characters(file);
        if (characters.isPresent()) {
          return Optional.of(new Face("", file, 400, characters.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The TrueType files under {@code directories}, by file name, the first found of a name kept. */
  private static Map<String, Path> fontFiles(List<Path> directories) {
    Map<String, Path> found = new LinkedHashMap<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir, 6)) {
        for (Path file :
            files
                .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                .sorted()
                .toList()) {
          found.putIfAbsent(file.getFileName().toString(), file);
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        // An unreadable font directory is one place less to look.
      }
    }
    return found;
  }

  /** The characters a TrueType file maps, or nothing when it cannot be read as one. */
  private static Optional<CmapLookup> characters(Path file) {
    return PARSED.computeIfAbsent(
        file.toAbsolutePath().normalize(),
        f -> {
          try {
            TrueTypeFont font =
                new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(f)));
            return Optional.ofNullable(font.getUnicodeCmapLookup(false));
          } catch (IOException | RuntimeException e) {
            return Optional.empty();
          }
        });
  }
}
