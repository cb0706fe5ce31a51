package com.keepwise.reports.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file that could not be read or written — a full disk, a read-only directory, a path through a
 * regular file — said as what it is, with the file, rather than as an internal error.
 */
final class Faults {

  private Faults() {}

  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String file = fs.getFile();
      String reason;
      if (e instanceof NoSuchFileException) {
        reason = "no such file or directory";
      } else if (e instanceof AccessDeniedException) {
        reason = "permission denied";
      } else if (e instanceof NotDirectoryException) {
        reason = "is not a directory";
      } else if (e instanceof DirectoryNotEmptyException) {
        reason = "is a directory that is not empty";
      } else if (e instanceof FileAlreadyExistsException) {
        reason =
            Files.isDirectory(Path.of(file))
                ? "already exists"
                : "already exists and is not a directory";
      } else {
        reason = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
      }
      String other = fs.getOtherFile() == null ? "" : " (moving to " + fs.getOtherFile() + ")";
      return file + other + ": " + reason;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
