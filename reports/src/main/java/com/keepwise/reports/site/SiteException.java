package com.keepwise.reports.site;

/**
 * The site could not be built: a template mistake, or output that cannot be written where asked.
 */
public final class SiteException extends RuntimeException {

  public SiteException(String message) {
    super(message);
  }

  public SiteException(String message, Throwable cause) {
    super(message, cause);
  }
}
