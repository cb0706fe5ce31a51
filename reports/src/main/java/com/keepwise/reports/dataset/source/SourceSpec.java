package com.keepwise.reports.dataset.source;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code dataset.yaml}'s {@code sources:}: where the data of one contract file is, as
 * the client's system wrote it, and how to read it.
 */
public record SourceSpec(
    @NotBlank(
            message = "is required (expected the export's path, relative to the dataset directory)")
        @JsonPropertyDescription(
            "The export, relative to the dataset directory: a .csv, .tsv or .txt file, or an .xlsx workbook.")
        String file,
    @JsonPropertyDescription(
            "The field separator of a CSV export: \",\", \";\", \"|\" or tab (\"\\t\" or tab). Default: detected from the header line.")
        Optional<String> delimiter,
    @JsonPropertyDescription(
            "The decimal separator, \".\" or \",\". Thousands separators (space, no-break space, and whichever of"
                + " '.' and ',' is not the decimal separator) are accepted in groups of three. Default: \".\".")
        Optional<String> decimal,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "How dates are written, as java.time patterns (dd.MM.yyyy, M/d/yyyy); a list when the export mixes"
                + " several, tried in order. Default: ISO (2026-03-04).")
        Optional<List<String>> dateFormat,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonPropertyDescription(
            "How datetimes are written, as java.time patterns (yyyy-MM-dd HH:mm:ss, dd.MM.yyyy HH:mm); a list is"
                + " allowed. Without an offset (XXX) they are read in the dataset's time zone. Default: ISO.")
        Optional<List<String>> datetimeFormat,
    @JsonPropertyDescription("The sheet of an .xlsx workbook to read. Default: the first sheet.")
        Optional<String> sheet,
    @JsonPropertyDescription(
            "Which column of the export feeds each contract column, as contract column: export header."
                + " A contract column not listed is looked for under its own name.")
        Optional<Map<String, String>> columns,
    @JsonPropertyDescription(
            "Value translations, as contract column: {export value: contract value}; values not listed are read"
                + " as they are.")
        Optional<Map<String, Map<String, String>>> values) {

  /** The export's extensions that are read as CSV text. */
  public static final List<String> TEXT_EXTENSIONS = List.of(".csv", ".tsv", ".txt");

  /** The export's extension for Excel workbooks. */
  public static final String WORKBOOK_EXTENSION = ".xlsx";

  /** True when the file is an Excel workbook, by its name. */
  public boolean isWorkbook() {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(WORKBOOK_EXTENSION);
  }
}
