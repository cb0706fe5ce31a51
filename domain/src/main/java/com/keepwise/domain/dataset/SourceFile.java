package com.keepwise.domain.dataset;

/** The files of a dataset directory, as named by the data contract. */
public enum SourceFile {
  CUSTOMERS("customers.csv"),
  INVOICES("invoices.csv"),
  TICKETS("tickets.csv"),
  INTERACTIONS("interactions.csv"),
  MEETINGS("meetings.csv"),
  REQUESTS("requests.csv"),
  INCIDENTS("incidents.csv"),
  REVIEWS("reviews.csv"),
  REFERRALS("referrals.csv"),
  ADVICE("advice.csv");

  private final String fileName;

  SourceFile(String fileName) {
    this.fileName = fileName;
  }

  /** The file's name inside the dataset directory. */
  public String fileName() {
    return fileName;
  }

  /** The file's name without {@code .csv}, used as a short label (e.g. in rule expressions). */
  public String label() {
    return fileName.substring(0, fileName.length() - 4);
  }
}
