package com.keepwise.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Directories built aside and moved into place whole, so that a failure leaves nothing half-written. */
public final class Staging {

  private Staging() {}

  /**
   * A new hidden directory beside {@code target}, named for what is being made there. A temporary
   * directory is its owner's alone; what is staged becomes a site, a dataset or a project others
   * read, so it gets the permissions an ordinary new directory has.
   */
  public static Path beside(Path target, String purpose) throws IOException {
    Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "." + purpose + "-");
    try {
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its default permissions stand.
    }
    return staging;
  }
}
