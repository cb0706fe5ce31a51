package com.keepwise.reports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version recorded at build time in {@code keepwise-version.properties}. */
final class VersionProvider implements IVersionProvider {

  static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/keepwise-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"keepwise " + version(), "Java ${java.version} (${java.vendor})"};
  }
}
