package com.keepwise.reports.site;

import com.keepwise.domain.Problem;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import java.util.ArrayList;
import java.util.List;

/** What the dataset held, what was skipped and why, and what the review could not measure. */
public final class DataQualityPage {

  public record View(
      Layout layout,
      List<OverviewPage.Figure> dataset,
      List<FileRow> files,
      String problemsHeading,
      List<String> problems,
      List<String> notices) {}

  /**
   * A file: its rows, what was skipped, the days its rows cover, and how complete each column is.
   *
   * @param dates the earliest to the latest day of the file's first date column; empty when none
   */
  public record FileRow(
      String file,
      boolean present,
      String rows,
      String skipped,
      String dates,
      List<ColumnRow> columns) {}

  /**
   * A column of a file: the rows with a value in it, as a count and a share (and a bar width in
   * percent).
   */
  public record ColumnRow(String name, String filled, String share, double width) {}

  private DataQualityPage() {}

  static View build(Layout layout, DatasetReport report, String window, SiteText text) {
    var info = report.info();
    List<OverviewPage.Figure> dataset = new ArrayList<>();
    if (!info.name().isEmpty()) {
      dataset.add(new OverviewPage.Figure(text.t("data.name"), text.data(info.name()), ""));
    }
    dataset.add(new OverviewPage.Figure(text.t("data.review_date"), text.date(info.asOf()), ""));
    dataset.add(new OverviewPage.Figure(text.t("data.window"), window, ""));
    dataset.add(
        new OverviewPage.Figure(text.t("data.currency"), info.currency().getCurrencyCode(), ""));
    dataset.add(
        new OverviewPage.Figure(text.t("data.time_zone"), text.data(info.timeZone().getId()), ""));
    dataset.add(
        new OverviewPage.Figure(text.t("data.customers"), text.integer(report.customers()), ""));
    List<FileRow> files = new ArrayList<>();
    for (FileSummary file : report.files()) {
      String dates =
          file.firstDay().isPresent() && file.lastDay().isPresent()
              ? text.t(
                  "data.window_value",
                  text.date(file.firstDay().get()),
                  text.date(file.lastDay().get()))
              : "";
      List<ColumnRow> columns = new ArrayList<>();
      file.filledColumns()
          .forEach(
              (column, filled) -> {
                double share = file.rows() > 0 ? (double) filled / file.rows() : 0;
                columns.add(
                    new ColumnRow(
                        column,
                        text.integer(filled),
                        text.percent(share),
                        Math.round(1000 * share) / 10.0));
              });
      files.add(
          new FileRow(
              file.file().fileName(),
              file.present(),
              file.present() ? text.integer(file.rows()) : "",
              file.present() ? text.integer(file.skipped()) : "",
              dates,
              columns));
    }
    List<String> problems = report.problems().stream().map(Problem::toString).toList();
    String heading =
        report.problemCount() == 0
            ? text.t("data.no_problems")
            : text.t("data.problems", report.problemCount(), report.skippedRows());
    return new View(layout, dataset, files, heading, problems, notices(report, text));
  }

  /** The dataset's notices in the site's language (the command line says them in English). */
  private static List<String> notices(DatasetReport report, SiteText text) {
    List<String> notices = new ArrayList<>();
    if (!report.asOfGiven()) {
      notices.add(text.t("data.notice.no_as_of", text.date(report.info().asOf())));
    }
    for (FileSummary file : report.files()) {
      if (!file.ignoredColumns().isEmpty()) {
        notices.add(
            text.t(
                "data.notice.ignored_columns",
                text.data(file.file().fileName()),
                file.ignoredColumns().size(),
                text.dataList(file.ignoredColumns())));
      }
    }
    return notices;
  }
}
