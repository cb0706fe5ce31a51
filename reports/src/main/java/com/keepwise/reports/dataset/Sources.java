package com.keepwise.reports.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.keepwise.domain.Problem;
import com.keepwise.domain.dataset.SourceFile;
import com.keepwise.reports.dataset.source.CsvExport;
import com.keepwise.reports.dataset.source.Cursor;
import com.keepwise.reports.dataset.source.DatePattern;
import com.keepwise.reports.dataset.source.Dialect;
import com.keepwise.reports.dataset.source.Export;
import com.keepwise.reports.dataset.source.Fields;
import com.keepwise.reports.dataset.source.SheetExport;
import com.keepwise.reports.dataset.source.SourceSpec;
import com.keepwise.scoring.yaml.Locations;
import com.keepwise.scoring.yaml.Suggestions;
import com.keepwise.scoring.yaml.YamlPaths;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dataset.yaml}'s {@code sources:} checked against the contract and against the exports
 * themselves, and resolved into one {@link Mapping} per contract file: a mapped export where {@code
 * sources:} names one, the contract's own file otherwise.
 *
 * <p>Every mistake in {@code sources:} is a problem located in {@code dataset.yaml} (an unknown
 * contract file or column, a pattern that is not one, a header the export does not have, with the
 * nearest valid names); problems of the export itself (not a workbook, an empty header cell) are
 * located in the export.
 */
final class Sources {

  /** The contract's files and their columns, by label ({@code invoices}). */
  static final Map<String, Schema> SCHEMAS = schemas();

  private final Path dir;
  private final Locations locations;
  private final List<Problem> problems;

  private Sources(Path dir, Locations locations, List<Problem> problems) {
    this.dir = dir;
    this.locations = locations;
    this.problems = problems;
  }

  private static Map<String, Schema> schemas() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (Schema schema : DataContract.schemas()) {
      schemas.put(schema.file().label(), schema);
    }
    return schemas;
  }

  /** What reading a dataset's files starts from: a mapping per file that can be read. */
  record Resolved(Map<SourceFile, Mapping> mappings, java.util.Set<SourceFile> unreadable) {

    /** The mapping of a file, if the file is in the dataset and can be read. */
    Optional<Mapping> of(SourceFile file) {
      return Optional.ofNullable(mappings.get(file));
    }

    /**
     * True when {@code sources:} names the file but its entry or export has problems (already
     * reported).
     */
    boolean isUnreadable(SourceFile file) {
      return unreadable.contains(file);
    }
  }

  /**
   * Checks the entries and opens each export far enough to read its header; problems go to {@code
   * problems}. A contract file without an entry maps to its own file in {@code dir}, when that is
   * there.
   */
  static Resolved resolve(Path dir, DatasetYaml.Read yaml, List<Problem> problems) {
    Sources sources = new Sources(dir, yaml.locations(), problems);
    Map<SourceFile, Mapping> mappings = new EnumMap<>(SourceFile.class);
    java.util.Set<SourceFile> unreadable = java.util.EnumSet.noneOf(SourceFile.class);
    Map<String, SourceSpec> entries = yaml.yaml().sourceEntries();
    for (Map.Entry<String, SourceSpec> entry : entries.entrySet()) {
      Schema schema = SCHEMAS.get(entry.getKey());
      JsonPointer at = JsonPointer.compile("/sources").appendProperty(entry.getKey());
      if (schema == null) {
        sources.keyProblem(
            at,
            "unknown contract file '"
                + entry.getKey()
                + "' (expected one of "
                + String.join(", ", SCHEMAS.keySet())
                + Suggestions.didYouMean(entry.getKey(), SCHEMAS.keySet())
                + ")");
        continue;
      }
      if (entry.getValue() == null) {
        sources.valueProblem(at, "is empty (expected file: naming the export, and how to read it)");
      }
      Mapping mapping =
          entry.getValue() == null ? null : sources.mapping(schema, entry.getValue(), at);
      if (mapping != null) {
        mappings.put(schema.file(), mapping);
      } else {
        unreadable.add(schema.file());
      }
    }
    for (Schema schema : SCHEMAS.values()) {
      if (!entries.containsKey(schema.file().label())
          && Files.isRegularFile(dir.resolve(schema.file().fileName()))) {
        mappings.put(schema.file(), Mapping.contract(dir, schema));
      }
    }
    return new Resolved(mappings, unreadable);
  }

  /** The mapping of one entry, or null after reporting why there is none. */
  private Mapping mapping(Schema schema, SourceSpec spec, JsonPointer at) {
    int before = problems.size();
    Dialect dialect = dialect(spec, at);
    Map<String, Column> byName = new LinkedHashMap<>();
    schema.columns().forEach(c -> byName.put(c.header(), c));
    String[] headers = schema.columns().stream().map(Column::header).toArray(String[]::new);
    boolean[] named = new boolean[headers.length];
    for (Map.Entry<String, String> column : spec.columns().orElse(Map.of()).entrySet()) {
      JsonPointer where = at.appendProperty("columns").appendProperty(column.getKey());
      Column contract = byName.get(column.getKey());
      if (contract == null) {
        keyProblem(
            where,
            "unknown column '"
                + column.getKey()
                + "' of "
                + schema.file().fileName()
                + " (expected one of "
                + String.join(", ", byName.keySet())
                + Suggestions.didYouMean(column.getKey(), byName.keySet())
                + ")");
      } else if (column.getValue() == null || column.getValue().isEmpty()) {
        valueProblem(where, "is empty (expected the export's header for " + column.getKey() + ")");
      } else {
        headers[contract.ordinal()] = column.getValue();
        named[contract.ordinal()] = true;
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, String>[] values = new Map[headers.length];
    for (Map.Entry<String, Map<String, String>> column :
        spec.values().orElse(Map.of()).entrySet()) {
      JsonPointer where = at.appendProperty("values").appendProperty(column.getKey());
      Column contract = byName.get(column.getKey());
      if (contract == null) {
        keyProblem(
            where,
            "unknown column '"
                + column.getKey()
                + "' of "
                + schema.file().fileName()
                + " (expected one of "
                + String.join(", ", byName.keySet())
                + Suggestions.didYouMean(column.getKey(), byName.keySet())
                + ")");
        continue;
      }
      Map<String, String> translations = column.getValue() == null ? Map.of() : column.getValue();
      checkTargets(contract, translations, where);
      values[contract.ordinal()] = new HashMap<>(translations);
    }
    Export export = export(spec, at);
    if (export == null || problems.size() > before) {
      return null;
    }
    if (!checkHeaders(schema, export, headers, named, at)) {
      return null;
    }
    return Mapping.mapped(schema, export, headers, dialect, values);
  }

  /**
   * The contract values a translation gives must be valid for its column: codes and yes/no values
   * are checked.
   */
  private void checkTargets(Column column, Map<String, String> translations, JsonPointer where) {
    List<String> codes = column.type() == ColumnType.CODE ? column.codes() : null;
    for (Map.Entry<String, String> t : translations.entrySet()) {
      String target = t.getValue() == null ? "" : t.getValue();
      JsonPointer at = where.appendProperty(t.getKey());
      if (codes != null && !codes.contains(target)) {
        valueProblem(
            at,
            "'"
                + target
                + "' is not a code of "
                + column.header()
                + " (expected one of "
                + String.join(", ", codes)
                + Suggestions.didYouMean(target, codes)
                + ")");
      } else if (column.type() == ColumnType.BOOL && ContractTypes.bool(target) == null) {
        valueProblem(at, "'" + target + "' is not a yes/no value (expected true or false)");
      }
    }
  }

  /**
   * The dialect of an entry, with its patterns compiled; a bad pattern or separator is reported.
   */
  private Dialect dialect(SourceSpec spec, JsonPointer at) {
    char decimal = '.';
    if (spec.decimal().isPresent()) {
      String mark = spec.decimal().get();
      if (mark.equals(".") || mark.equals(",")) {
        decimal = mark.charAt(0);
      } else {
        valueProblem(
            at.appendProperty("decimal"),
            "'" + mark + "' is not a decimal separator (expected \".\" or \",\")");
      }
    }
    if (spec.delimiter().isPresent()) {
      if (spec.isWorkbook()) {
        keyProblem(
            at.appendProperty("delimiter"),
            "a workbook has no delimiter (expected delimiter only for .csv, .tsv and .txt files)");
      } else if (delimiter(spec.delimiter().get()) == 0) {
        valueProblem(
            at.appendProperty("delimiter"),
            "'"
                + spec.delimiter().get()
                + "' is not a field separator (expected one"
                + " character such as \",\", \";\", \"|\", or \"\\t\" for tab)");
      }
    }
    if (spec.sheet().isPresent() && !spec.isWorkbook()) {
      keyProblem(
          at.appendProperty("sheet"),
          "a CSV file has no sheets (expected sheet only for .xlsx workbooks)");
    }
    return new Dialect(
        decimal,
        patterns(spec.dateFormat(), false, at.appendProperty("date_format")),
        patterns(spec.datetimeFormat(), true, at.appendProperty("datetime_format")));
  }

  private List<DatePattern> patterns(
      Optional<List<String>> written, boolean datetime, JsonPointer at) {
    List<DatePattern> patterns = new ArrayList<>();
    List<String> list = written.orElse(List.of());
    for (int i = 0; i < list.size(); i++) {
      String pattern = list.get(i);
      JsonPointer where =
          list.size() == 1 && locations.nearest(at.appendIndex(0)).equals(locations.nearest(at))
              ? at
              : at.appendIndex(i);
      try {
        patterns.add(DatePattern.of(pattern == null ? "" : pattern, datetime));
      } catch (IllegalArgumentException e) {
        valueProblem(
            where,
            e.getMessage()
                + " (expected a java.time pattern such as "
                + (datetime
                    ? "yyyy-MM-dd HH:mm:ss or dd.MM.yyyy HH:mm"
                    : "dd.MM.yyyy, M/d/yyyy or yyyy-MM-dd")
                + ")");
      }
    }
    return patterns;
  }

  /** The field separator written in {@code delimiter:}, or 0 when it is not one. */
  static char delimiter(String written) {
    if (written.equals("\\t") || written.equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (written.length() != 1
        || written.equals("\"")
        || written.equals("\n")
        || written.equals("\r")) {
      return 0;
    }
    return written.charAt(0);
  }

  /**
   * Why an export named in {@code sources:} may not be read, if it lies outside the dataset
   * directory: named by an absolute path or through {@code ..}, or reached through a symbolic link
   * (the file itself or a directory on its way) that leads out. A {@code dataset.yaml} that comes
   * from outside must not make Keepwise read, report and publish {@code ~/.ssh} or {@code
   * /proc/self/environ}; a link to another file inside the directory is fine.
   */
  private Optional<String> outside(String file, Path path) {
    Path named = Path.of(file).normalize();
    String expected =
        " (expected a file inside the dataset directory " + dir + "; copy the export there)";
    if (named.isAbsolute() || named.startsWith("..")) {
      return Optional.of("'" + file + "' is outside the dataset directory" + expected);
    }
    try {
      if (Files.exists(path) && !path.toRealPath().startsWith(dir.toRealPath())) {
        return Optional.of(
            "'" + file + "' is a symbolic link out of the dataset directory" + expected);
      }
    } catch (IOException e) {
      return Optional.of("'" + file + "' cannot be read: " + e.getMessage() + expected);
    }
    return Optional.empty();
  }

  /**
   * The export an entry names, checked to be there and of a kind that can be read; null after
   * reporting.
   */
  private Export export(SourceSpec spec, JsonPointer at) {
    String file = spec.file();
    if (file == null || file.isBlank()) {
      return null; // reported by validation
    }
    JsonPointer where = at.appendProperty("file");
    String lower = file.toLowerCase(Locale.ROOT);
    Path path = dir.resolve(file);
    if (!spec.isWorkbook() && SourceSpec.TEXT_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      valueProblem(
          where,
          "'"
              + file
              + "' is not a file Keepwise reads (expected a .csv, .tsv or .txt file or an .xlsx workbook"
              + (lower.endsWith(".xls") ? "; save the .xls workbook as .xlsx" : "")
              + ")");
      return null;
    }
    Optional<String> outside = outside(file, path);
    if (outside.isPresent()) {
      valueProblem(where, outside.get());
      return null;
    }
    if (!Files.isRegularFile(path)) {
      valueProblem(
          where,
          "'"
              + file
              + "' is not there (expected a file, relative to the dataset directory "
              + dir
              + filesNear(file, path)
              + ")");
      return null;
    }
    String name = Path.of(file).normalize().toString().replace('\\', '/');
    if (spec.isWorkbook()) {
      List<String> sheets;
      try {
        sheets = SheetExport.sheetNames(path);
      } catch (IOException e) {
        problems.add(new Problem(name, 1, 1, e.getMessage()));
        return null;
      }
      if (spec.sheet().isPresent() && !sheets.contains(spec.sheet().get())) {
        valueProblem(
            at.appendProperty("sheet"),
            "the workbook has no sheet '"
                + spec.sheet().get()
                + "' (expected one of "
                + String.join(", ", sheets.stream().map(s -> "'" + s + "'").toList())
                + Suggestions.didYouMean(spec.sheet().get(), sheets)
                + ")");
        return null;
      }
      if (sheets.isEmpty()) {
        problems.add(
            new Problem(
                name, 1, 1, "the workbook has no sheets (expected a sheet with a header row)"));
        return null;
      }
      return new SheetExport(path, name, spec.sheet());
    }
    char delimiter;
    try {
      delimiter =
          spec.delimiter()
              .map(Sources::delimiter)
              .orElse(lower.endsWith(".tsv") ? '\t' : CsvExport.detect(path));
    } catch (IOException e) {
      problems.add(new Problem(name, 1, 1, "cannot be read: " + e.getMessage()));
      return null;
    }
    return new CsvExport(path, name, delimiter);
  }

  /**
   * {@code ; did you mean 'exports/fakturor.csv'?} when a file next to the missing one has a near
   * name.
   */
  private static String filesNear(String written, Path missing) {
    Path parent = missing.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return "";
    }
    String typed = missing.getFileName().toString();
    String prefix = written.substring(0, Math.max(0, written.length() - typed.length()));
    try (Stream<Path> files = Files.list(parent)) {
      List<String> names =
          files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
      return Suggestions.nearEnough(typed, names)
          .map(name -> "; did you mean '" + prefix + name + "'?")
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Reads the export's header and checks it: every mapped header is there (else the problem is at
   * the mapping, with the nearest headers the export has), every required column is mapped or
   * present under its own name, and a sheet's header has no empty or merged cells among its names.
   */
  private boolean checkHeaders(
      Schema schema, Export export, String[] headers, boolean[] named, JsonPointer at) {
    Fields header;
    List<String> names = new ArrayList<>();
    try (Cursor cursor = export.open()) {
      header = cursor.next();
      if (header == null) {
        problems.add(
            new Problem(
                export.name(),
                1,
                1,
                "the file is empty (expected a header row naming the columns)"));
        return false;
      }
      for (int i = 0; i < header.count(); i++) {
        names.add(header.get(i));
      }
      if (export instanceof SheetExport sheet && !checkSheetHeader(sheet, header, names)) {
        return false;
      }
    } catch (CsvParseException e) {
      problems.add(
          new Problem(
              export.name(),
              1,
              1,
              "the header row cannot be read: " + e.getMessage() + " (expected RFC 4180 CSV)"));
      return false;
    } catch (IOException e) {
      problems.add(new Problem(export.name(), 1, 1, e.getMessage()));
      return false;
    }
    boolean ok = true;
    List<String> present = names.stream().filter(n -> !n.isEmpty()).toList();
    for (Column column : schema.columns()) {
      String name = headers[column.ordinal()];
      if (names.contains(name)) {
        continue;
      }
      if (named[column.ordinal()]) {
        valueProblem(
            at.appendProperty("columns").appendProperty(column.header()),
            export.name()
                + " has no column '"
                + name
                + "' (expected one of its headers"
                + nearest(name, present)
                + ")");
        ok = false;
      } else if (column.required()) {
        add(
            locations.key(at.appendProperty("columns")),
            at.appendProperty("columns"),
            column.header()
                + " is required, and "
                + export.name()
                + " has no column '"
                + column.header()
                + "' (expected "
                + column.header()
                + ": <the export's header> under columns:"
                + nearest(column.header(), present)
                + ")");
        ok = false;
      }
    }
    return ok;
  }

  /**
   * {@code ; the nearest are 'Belopp', 'Belopp SEK'}: up to three headers closest to {@code typed}.
   */
  static String nearest(String typed, List<String> headers) {
    List<String> closest = Suggestions.nearest(typed, headers, 3);
    return closest.isEmpty()
        ? ""
        : "; the nearest are "
            + String.join(", ", closest.stream().map(h -> "'" + h + "'").toList());
  }

  /** A sheet's header: no empty cell between names, no merged cells. */
  private boolean checkSheetHeader(SheetExport sheet, Fields header, List<String> names)
      throws IOException {
    int last = names.size() - 1;
    while (last >= 0 && names.get(last).isEmpty()) {
      last--;
    }
    List<Integer> empty = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      if (names.get(i).strip().isEmpty()) {
        empty.add(i);
      }
    }
    if (empty.isEmpty()) {
      return true;
    }
    List<String> merged = sheet.mergedRanges();
    for (int field : empty) {
      String cell =
          org.apache.poi.ss.util.CellReference.convertNumToColString(field) + header.line();
      String range =
          merged.stream().filter(r -> covers(r, field, header.line())).findFirst().orElse(null);
      problems.add(
          new Problem(
              sheet.name(),
              header.line(),
              field + 1,
              range != null
                  ? "header cell "
                      + cell
                      + " is part of the merged cells "
                      + range
                      + " (expected one header cell per column, not merged)"
                  : "header cell "
                      + cell
                      + " is empty (expected a name for every column of the header row)"));
    }
    return false;
  }

  private static boolean covers(String range, int column, long row) {
    try {
      org.apache.poi.ss.util.CellRangeAddress merged =
          org.apache.poi.ss.util.CellRangeAddress.valueOf(range);
      return merged.isInRange((int) row - 1, column);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void keyProblem(JsonPointer pointer, String message) {
    add(locations.key(pointer), pointer.head(), message);
  }

  private void valueProblem(JsonPointer pointer, String message) {
    add(locations.nearest(pointer), pointer, message);
  }

  private void add(JsonLocation where, JsonPointer path, String message) {
    String described = YamlPaths.describe(path);
    problems.add(
        new Problem(
            DatasetYaml.FILE_NAME,
            Math.max(1, where.getLineNr()),
            Math.max(1, where.getColumnNr()),
            (described.isEmpty() ? "" : described + ": ") + message));
  }
}
