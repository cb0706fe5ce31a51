package com.keepwise.reports.dataset;

import com.keepwise.domain.time.ZoneOffsets;
import com.keepwise.reports.dataset.source.CsvExport;
import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.DatePattern;
import com.keepwise.reports.dataset.source.Dialect;
import com.keepwise.reports.dataset.source.Export;
import com.keepwise.reports.dataset.source.Fields;
import com.keepwise.reports.dataset.source.SheetExport;
import com.keepwise.reports.dataset.source.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code keepwise map}: a starting {@code dataset.yaml} for a folder of a client's exports. Each
 * file's kind (customers, invoices, …) and columns are guessed from its headers, in English and the
 * product's other languages (Swedish, Norwegian, Polish, Japanese, Persian), its dialect from its
 * values: separator, decimal mark, date and datetime patterns, and words for codes and yes/no. What
 * could not be matched is written as a comment saying so, for the consultant to finish.
 */
public final class MappingProposal {

  /**
   * Rows read from each file to guess its formats: enough to see its shapes, few enough to be
   * quick.
   */
  static final int SAMPLE_ROWS = 5_000;

  private static final List<String> DATE_PATTERNS =
      List.of(
          "dd.MM.yyyy",
          "d.M.yyyy",
          "yyyy/MM/dd",
          "dd/MM/yyyy",
          "MM/dd/yyyy",
          "d/M/yyyy",
          "M/d/yyyy",
          "dd-MM-yyyy",
          "yyyyMMdd",
          "d MMM yyyy",
          "yyyy年M月d日");
  private static final List<String> DATETIME_PATTERNS =
      List.of(
          "yyyy-MM-dd HH:mm:ss",
          "yyyy-MM-dd HH:mm",
          "dd.MM.yyyy HH:mm:ss",
          "dd.MM.yyyy HH:mm",
          "d.M.yyyy H:mm",
          "yyyy/MM/dd HH:mm:ss",
          "yyyy/MM/dd HH:mm",
          "dd/MM/yyyy HH:mm:ss",
          "dd/MM/yyyy HH:mm",
          "MM/dd/yyyy HH:mm:ss",
          "MM/dd/yyyy HH:mm",
          "M/d/yyyy H:mm",
          "M/d/yyyy h:mm a",
          "yyyy-MM-dd'T'HH:mm:ss");
  private static final Set<String> YES =
      Set.of(
          "yes", "y", "ja", "j", "true", "x", "tak", "t", "はい", "有", "済", "بله", "آری", "✓", "✔",
          "si", "sí", "oui");
  private static final Set<String> NO =
      Set.of("no", "n", "nej", "nei", "false", "nie", "いいえ", "無", "未", "خیر", "نه", "✗", "-");

  private final Path dir;
  private final Words words = Words.load();

  private MappingProposal(Path dir) {
    this.dir = dir;
  }

  /** The proposed {@code dataset.yaml} for the exports in {@code dir}. */
  public static String propose(Path dir) throws IOException {
    return new MappingProposal(dir).yaml();
  }

  /**
   * One table an export holds: a CSV file or a sheet of a workbook, with its header and first rows.
   */
  private record Table(
      String file,
      Optional<String> sheet,
      boolean firstSheet,
      char delimiter,
      List<String> header,
      List<String[]> rows,
      List<boolean[]> typed) {

    String label() {
      return file + sheet.map(s -> " (sheet " + s + ")").orElse("");
    }

    /** The field's samples as the export wrote them: non-empty, and not typed cells. */
    List<String> samples(int field) {
      List<String> values = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        if (field < row.length && !row[field].isEmpty() && !typed.get(r)[field]) {
          values.add(row[field]);
        }
      }
      return values;
    }
  }

  /** How a table's headers match a contract file's columns. */
  private record Match(
      Table table, Schema schema, Map<Column, Integer> fields, Set<Column> inverse, int score) {}

  private String yaml() throws IOException {
    List<Table> tables = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path file : exports()) {
      String name = dir.relativize(file).toString().replace('\\', '/');
      try {
        tables.addAll(read(file, name));
      } catch (IOException | RuntimeException e) {
        unreadable.add(name + ": " + e.getMessage());
      }
    }
    List<Match> matches = new ArrayList<>();
    for (Table table : tables) {
      for (Schema schema : Sources.SCHEMAS.values()) {
        Match match = match(table, schema);
        if (match.score() >= 3) {
          matches.add(match);
        }
      }
    }
    matches.sort(
        Comparator.comparingInt(Match::score)
            .reversed()
            .thenComparing(m -> m.table().label())
            .thenComparing(m -> m.schema().file()));
    Map<Schema, Match> chosen = new LinkedHashMap<>();
    Set<Table> used = new HashSet<>();
    for (Match match : matches) {
      if (!chosen.containsKey(match.schema()) && used.add(match.table())) {
        chosen.put(match.schema(), match);
      } else if (chosen.containsKey(match.schema())
          && chosen.get(match.schema()).table() == match.table()) {
        continue;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        "# A starting dataset.yaml proposed by keepwise map from the exports in this folder. Check every line:\n");
    out.append("# the columns and formats are guesses from the headers and the first ")
        .append(SAMPLE_ROWS)
        .append(
            " rows. Lines marked TODO\n# could not be matched. Then run: keepwise check --data <this folder>\n");
    out.append("# name: \n# currency: EUR\n# timezone: UTC\n# as_of: \n");
    List<String> contractForm = new ArrayList<>();
    StringBuilder sources = new StringBuilder();
    for (Schema schema : Sources.SCHEMAS.values()) {
      Match match = chosen.get(schema);
      if (match == null) {
        continue;
      }
      if (isContractForm(match)) {
        contractForm.add(match.table().file());
        continue;
      }
      entry(sources, match);
    }
    if (sources.length() > 0) {
      out.append("sources:\n").append(sources);
    } else {
      out.append("# sources: no export could be matched to a contract file\n");
    }
    for (String file : contractForm) {
      out.append("# ")
          .append(file)
          .append(" is in the data contract's form already: read as it is\n");
    }
    for (Table table : tables) {
      if (!used.contains(table)
          && !(table.sheet().isPresent()
              && tables.stream()
                  .anyMatch(t -> used.contains(t) && t.file().equals(table.file())))) {
        out.append("# not matched to a contract file: ")
            .append(table.label())
            .append(" (headers ")
            .append(String.join(", ", table.header()))
            .append(")\n");
      }
    }
    for (String file : unreadable) {
      out.append("# could not be read: ").append(file).append('\n');
    }
    return out.toString();
  }

  /** The exports in the folder and its subfolders, in path order. */
  private List<Path> exports() throws IOException {
    try (Stream<Path> files = Files.walk(dir, 3)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(SourceSpec.WORKBOOK_EXTENSION)
                    || SourceSpec.TEXT_EXTENSIONS.stream().anyMatch(name::endsWith);
              })
          .sorted()
          .toList();
    }
  }

  private List<Table> read(Path file, String name) throws IOException {
    List<Table> tables = new ArrayList<>();
    if (name.toLowerCase(Locale.ROOT).endsWith(SourceSpec.WORKBOOK_EXTENSION)) {
      List<String> sheets = SheetExport.sheetNames(file);
      for (int i = 0; i < sheets.size(); i++) {
        Table table =
            table(
                new SheetExport(file, name, Optional.of(sheets.get(i))),
                name,
                Optional.of(sheets.get(i)),
                i == 0,
                ',');
        if (table != null) {
          tables.add(table);
        }
      }
    } else {
      char delimiter =
          name.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : CsvExport.detect(file);
      Table table =
          table(new CsvExport(file, name, delimiter), name, Optional.empty(), true, delimiter);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
  }

  private static Table table(
      Export export, String name, Optional<String> sheet, boolean first, char delimiter)
      throws IOException {
    try (Cursor cursor = export.open()) {
      Fields header = cursor.next();
      if (header == null) {
        return null;
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.count(); i++) {
        names.add(header.get(i));
      }
      List<String[]> rows = new ArrayList<>();
      List<boolean[]> typed = new ArrayList<>();
      for (Fields row = cursor.next();
          row != null && rows.size() < SAMPLE_ROWS;
          row = cursor.next()) {
        String[] values = new String[Math.max(row.count(), names.size())];
        boolean[] cells = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = i < row.count() ? row.get(i) : "";
          cells[i] = i < row.count() && row.typed(i);
        }
        rows.add(values);
        typed.add(cells);
      }
      return new Table(name, sheet, first, delimiter, names, rows, typed);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new IOException(e.getMessage());
    }
  }

  /** Which header feeds which column of the contract file, and how well the table fits it. */
  private Match match(Table table, Schema schema) {
    Map<Column, Integer> fields = new LinkedHashMap<>();
    Set<Column> inverse = new HashSet<>();
    Set<Integer> taken = new HashSet<>();
    for (Column column : schema.columns()) {
      Set<String> known = words.of(schema, column, false);
      Set<String> opposite = words.of(schema, column, true);
      for (int i = 0; i < table.header().size(); i++) {
        String header = normal(table.header().get(i));
        if (taken.contains(i) || header.isEmpty()) {
          continue;
        }
        if (known.contains(header) || opposite.contains(header)) {
          fields.put(column, i);
          taken.add(i);
          if (opposite.contains(header)) {
            inverse.add(column);
          }
          break;
        }
      }
    }
    int score = 0;
    for (Column column : fields.keySet()) {
      boolean ownId =
          column.ordinal() == 0
              && schema.file() != com.keepwise.domain.dataset.SourceFile.CUSTOMERS;
      boolean sharedRef = column.type() == ColumnType.CUSTOMER_REF;
      score += ownId ? 4 : sharedRef ? 0 : 1;
    }
    String file = normal(table.file() + " " + table.sheet().orElse(""));
    for (String word : words.files.getOrDefault(schema.file().label(), Set.of())) {
      if (!word.isEmpty() && file.contains(word)) {
        score += 2;
        break;
      }
    }
    boolean requiredMissing =
        schema.columns().stream().filter(Column::required).anyMatch(c -> !fields.containsKey(c));
    return new Match(table, schema, fields, inverse, requiredMissing ? score - 1 : score);
  }

  /** True when the table is the contract file itself, as the contract writes it: nothing to map. */
  private static boolean isContractForm(Match match) {
    Table table = match.table();
    if (!table.file().equals(match.schema().file().fileName())) {
      return false;
    }
    Set<String> names = new HashSet<>();
    match.schema().columns().forEach(c -> names.add(c.header()));
    return names.containsAll(table.header().stream().filter(names::contains).toList())
        && match.schema().columns().stream()
            .filter(Column::required)
            .allMatch(c -> table.header().contains(c.header()));
  }

  /** The {@code sources:} entry of a match. */
  private void entry(StringBuilder out, Match match) {
    Table table = match.table();
    Schema schema = match.schema();
    out.append("  ").append(schema.file().label()).append(":\n");
    out.append("    file: ").append(quoted(table.file())).append('\n');
    if (table.sheet().isPresent() && !table.firstSheet()) {
      out.append("    sheet: ").append(quoted(table.sheet().get())).append('\n');
    }
    if (table.sheet().isEmpty() && table.delimiter() != ',') {
      out.append("    delimiter: ")
          .append(table.delimiter() == '\t' ? "\"\\t\"" : quoted(String.valueOf(table.delimiter())))
          .append('\n');
    }
    char decimal = decimal(match);
    if (decimal != '.') {
      out.append("    decimal: ").append(quoted(String.valueOf(decimal))).append('\n');
    }
    patterns(out, "date_format", samples(match, ColumnType.DATE), false);
    patterns(out, "datetime_format", samples(match, ColumnType.DATETIME), true);
    out.append("    columns:\n");
    List<String> left = new ArrayList<>(table.header());
    match.fields().values().forEach(i -> left.set(i, null));
    List<String> unused = left.stream().filter(h -> h != null && !h.isEmpty()).toList();
    for (Column column : schema.columns()) {
      Integer field = match.fields().get(column);
      if (field != null) {
        out.append("      ")
            .append(column.header())
            .append(": ")
            .append(quoted(table.header().get(field)))
            .append('\n');
      } else {
        out.append("      # ")
            .append(column.header())
            .append(": ")
            .append(column.required() ? "TODO, required: " : "")
            .append("no header matched")
            .append(column.required() ? "; the headers left are " + String.join(", ", unused) : "")
            .append('\n');
      }
    }
    StringBuilder values = new StringBuilder();
    for (Column column : schema.columns()) {
      Integer field = match.fields().get(column);
      if (field != null) {
        values(values, schema, column, table.samples(field), match.inverse().contains(column));
      }
    }
    if (values.length() > 0) {
      out.append("    values:\n").append(values);
    }
  }

  /** The samples of every matched column of a type. */
  private static List<String> samples(Match match, ColumnType type) {
    List<String> samples = new ArrayList<>();
    match
        .fields()
        .forEach(
            (column, field) -> {
              if (column.type() == type) {
                samples.addAll(match.table().samples(field));
              }
            });
    return samples;
  }

  /**
   * The decimal mark of the amounts and numbers: a comma when they read with a comma and not with a
   * point.
   */
  private static char decimal(Match match) {
    List<String> numbers = new ArrayList<>(samples(match, ColumnType.POSITIVE_DECIMAL));
    numbers.addAll(samples(match, ColumnType.NON_NEGATIVE_DECIMAL));
    numbers.addAll(samples(match, ColumnType.ONE_TO_FIVE));
    Dialect point = new Dialect('.', List.of(), List.of());
    Dialect comma = new Dialect(',', List.of(), List.of());
    boolean pointReadsAll = numbers.stream().allMatch(v -> point.decimal(v) != null);
    boolean commaReadsAll = numbers.stream().allMatch(v -> comma.decimal(v) != null);
    boolean commaSeen =
        numbers.stream()
            .anyMatch(v -> v.matches("-?\\d+,\\d{1,2}|.*\\d\\.\\d{3},\\d*|.*,\\d{1,2}"));
    return commaReadsAll && (!pointReadsAll || commaSeen) ? ',' : '.';
  }

  /**
   * The pattern (or patterns) the samples are written in, or a TODO naming one that is not
   * recognised.
   */
  private static void patterns(
      StringBuilder out, String key, List<String> samples, boolean datetime) {
    if (samples.isEmpty() || samples.stream().allMatch(v -> iso(v, datetime))) {
      return;
    }
    List<String> found = datetime ? datetimePatterns(samples) : datePatterns(samples);
    if (found.isEmpty()) {
      String example = samples.stream().filter(v -> !iso(v, datetime)).findFirst().orElse("");
      out.append("    # ")
          .append(key)
          .append(": TODO, values like ")
          .append(quoted(example))
          .append(" are in no pattern tried\n");
    } else if (found.size() == 1) {
      out.append("    ").append(key).append(": ").append(quoted(found.get(0))).append('\n');
    } else {
      out.append("    ")
          .append(key)
          .append(": [")
          .append(String.join(", ", found.stream().map(MappingProposal::quoted).toList()))
          .append("]\n");
    }
  }

  private static boolean iso(String value, boolean datetime) {
    return datetime
        ? ContractTypes.datetime(value, ZoneOffsets.of(ZoneOffset.UTC)) != null
        : ContractTypes.date(value) != null;
  }

  /** The first date pattern that reads every sample. */
  private static List<String> datePatterns(List<String> samples) {
    for (String pattern : DATE_PATTERNS) {
      DatePattern compiled = DatePattern.of(pattern, false);
      if (samples.stream().allMatch(v -> readsAsContract(compiled.toIso(v.strip()), false))) {
        return List.of(pattern);
      }
    }
    return List.of();
  }

  /**
   * The first datetime pattern that reads every sample, with its variant with an offset where some
   * have one.
   */
  private static List<String> datetimePatterns(List<String> samples) {
    for (String pattern : DATETIME_PATTERNS) {
      DatePattern local = DatePattern.of(pattern, true);
      DatePattern offset = DatePattern.of(pattern + "XXX", true);
      boolean offsets = false;
      boolean all = true;
      for (String sample : samples) {
        String value = sample.strip();
        if (readsAsContract(local.toIso(value), true)) {
          continue;
        }
        if (readsAsContract(offset.toIso(value), true)) {
          offsets = true;
        } else {
          all = false;
          break;
        }
      }
      if (all) {
        return offsets ? List.of(pattern + "XXX", pattern) : List.of(pattern);
      }
    }
    return List.of();
  }

  private static boolean readsAsContract(String iso, boolean datetime) {
    return iso != null && iso(iso, datetime);
  }

  /** The {@code values:} of a column: codes in the export's words, yes/no in the export's words. */
  private void values(
      StringBuilder out, Schema schema, Column column, List<String> samples, boolean inverse) {
    Set<String> distinct = new TreeSet<>(samples);
    if (distinct.size() > 50) {
      return; // free text, not words for a few values
    }
    Map<String, String> proposed = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    if (column.type() == ColumnType.CODE) {
      List<String> codes = column.codes();
      for (String value : distinct) {
        String code = value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (codes.contains(value)) {
          continue;
        }
        String word = words.code(schema, column, codes, value);
        if (codes.contains(code)) {
          proposed.put(value, code);
        } else if (word != null) {
          proposed.put(value, word);
        } else {
          unknown.add(value);
        }
      }
    } else if (column.type() == ColumnType.BOOL) {
      for (String value : distinct) {
        Boolean yes = ContractTypes.bool(value);
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (yes == null) {
          yes = YES.contains(word) ? Boolean.TRUE : NO.contains(word) ? Boolean.FALSE : null;
        } else if (!inverse) {
          continue;
        }
        if (yes == null) {
          unknown.add(value);
        } else {
          proposed.put(value, String.valueOf(inverse != yes));
        }
      }
    } else {
      return;
    }
    if (proposed.isEmpty() && unknown.isEmpty()) {
      return;
    }
    out.append("      ").append(column.header()).append(": {");
    out.append(
        String.join(
            ", ",
            proposed.entrySet().stream()
                .map(e -> quoted(e.getKey()) + ": " + quoted(e.getValue()))
                .toList()));
    out.append("}");
    if (inverse) {
      out.append("   # the export's column says the opposite");
    }
    if (!unknown.isEmpty()) {
      out.append("   # TODO: ")
          .append(String.join(", ", unknown.stream().map(MappingProposal::quoted).toList()))
          .append(" not recognised (expected ")
          .append(column.expected())
          .append(')');
    }
    out.append('\n');
  }

  /** Text as compared with the header words: case, spaces and punctuation left out. */
  static String normal(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The header words of {@code header-words.properties}, normalised. */
  private static final class Words {
    final Map<String, Set<String>> columns = new HashMap<>();
    final Map<String, Set<String>> files = new HashMap<>();

    static Words load() {
      Properties properties = new Properties();
      try (InputStream in = MappingProposal.class.getResourceAsStream("header-words.properties")) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Words words = new Words();
      for (String key : properties.stringPropertyNames()) {
        Set<String> list = words.resolve(properties, key, 0);
        if (key.startsWith("file.")) {
          words.files.put(key.substring(5), list);
        } else {
          words.columns.put(key, list);
        }
      }
      return words;
    }

    private Set<String> resolve(Properties properties, String key, int depth) {
      String value = properties.getProperty(key, "").strip();
      if (value.startsWith("@") && depth < 3) {
        return resolve(properties, value.substring(1), depth + 1);
      }
      Set<String> list = new LinkedHashSet<>();
      for (String word : value.split(",")) {
        if (!word.isBlank()) {
          list.add(normal(word));
        }
      }
      return list;
    }

    /**
     * The code an export's word stands for, by the words listed for the column's codes; null if
     * none.
     */
    String code(Schema schema, Column column, List<String> codes, String value) {
      String word = normal(value);
      for (String code : codes) {
        if (columns
            .getOrDefault(schema.file().label() + "." + column.header() + "." + code, Set.of())
            .contains(word)) {
          return code;
        }
      }
      return null;
    }

    /** The normalised headers of a column (with its own name), or those of its opposite. */
    Set<String> of(Schema schema, Column column, boolean opposite) {
      String key = schema.file().label() + "." + column.header() + (opposite ? ".inverse" : "");
      Set<String> known = new HashSet<>(columns.getOrDefault(key, Set.of()));
      if (!opposite) {
        known.add(normal(column.header()));
      }
      return known;
    }
  }
}
