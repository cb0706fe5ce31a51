package com.keepwise.reports.site;

import com.keepwise.domain.Problem;
import com.keepwise.reports.dataset.DatasetReport;
import com.keepwise.reports.dataset.FileSummary;
import java.util.ArrayList;
import java.util.List;

/** What the dataset held, what was skipped and why, and what the review could not measure. */
public final class DataQualityPage {

  static final String TEMPLATE = "pages/data-quality.ftlh";

  public record View(
      Layout layout,
      List<OverviewPage.Figure> dataset,
      List<FileRow> files,
      String problemsHeading,
      List<String> problems,
      List<String> notices) {}

  public record FileRow(String file, boolean present, String rows, String skipped) {}

  private DataQualityPage() {}

  static View build(Layout layout, DatasetReport report, String window, SiteText text) {
    var info = report.info();
    List<OverviewPage.Figure> dataset = new ArrayList<>();
    if (!info.name().isEmpty()) {
      dataset.add(new OverviewPage.Figure(text.t("data.name"), info.name(), ""));
    }
    dataset.add(new OverviewPage.Figure(text.t("data.review_date"), text.date(info.asOf()), ""));
    dataset.add(new OverviewPage.Figure(text.t("data.window"), window, ""));
    dataset.add(new OverviewPage.Figure(text.t("data.currency"), info.currency().getCurrencyCode(), ""));
    dataset.add(new OverviewPage.Figure(text.t("data.time_zone"), info.timeZone().getId(), ""));
    dataset.add(new OverviewPage.Figure(text.t("data.customers"), text.integer(report.customers()), ""));
    List<FileRow> files = new ArrayList<>();
    for (FileSummary file : report.files()) {
      files.add(new FileRow(file.file().fileName(), file.present(), file.present() ? text.integer(file.rows()) : "",
          file.present() ? text.integer(file.skipped()) : ""));
    }
    List<String> problems = report.problems().stream().map(Problem::toString).toList();
    String heading = report.problemCount() == 0 ? text.t("data.no_problems")
        : text.t("data.problems", text.integer(report.problemCount()), text.integer(report.skippedRows()));
    return new View(layout, dataset, files, heading, problems, report.notices());
  }
}
