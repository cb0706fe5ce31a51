package com.keepwise.reports.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: written beside its destination under a temporary name, then
 * moved into place. A failure leaves the previous file as it was and no temporary file behind.
 *
 * <p>Only a regular file (or nothing) is replaced. A symbolic link is written where it points and
 * stays a link; a device or a FIFO ({@code --out /dev/stdout}, {@code /dev/null}, a named pipe) is
 * written through, as any Unix tool does, and never replaced by a regular file. A new file gets the
 * permissions the user's umask gives it; a replaced file keeps its own.
 */
final class AtomicFile {

  /** Writes the content. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path destination, Content content) throws IOException {
    Path target = followLinks(destination.toAbsolutePath());
    if (Files.isDirectory(target)) {
      throw new FileSystemException(
          destination.toString(), null, "is a directory (expected a file to write)");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device, a FIFO, a socket: written through, in place; there is nothing to keep whole.
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw located(destination, e);
      }
      return;
    }
    Path dir = target.getParent();
    for (Path up = dir; up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new FileSystemException(
            up.toString(),
            null,
            "is a file, not a directory (expected a directory to write "
                + target.getFileName()
                + " under)");
      }
    }
    Files.createDirectories(dir);
    Path temporary = temporaryBeside(target);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw located(destination, e);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The temporary file, created without explicit permissions so that the OS applies the user's
   * umask ({@code createTempFile} would force 0600, and the file would keep it once moved).
   */
  private static Path temporaryBeside(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".part");
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** A file that is replaced keeps its permissions: someone may have chosen them. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView now =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (old != null && now != null && Files.isRegularFile(target)) {
      now.setPermissions(old.readAttributes().permissions());
    }
  }

  /** Where a symbolic link (or a chain of them) points; the path itself when it is none. */
  private static Path followLinks(Path path) throws IOException {
    Path at = path;
    for (int hops = 0; Files.isSymbolicLink(at); hops++) {
      if (hops == 40) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
    }
    return at;
  }

  /** Errors while writing (a full disk) say which file; Java's own say only what went wrong. */
  private static IOException located(Path destination, IOException e) {
    if (e instanceof FileSystemException) {
      return e;
    }
    FileSystemException located =
        new FileSystemException(destination.toString(), null, e.getMessage());
    located.initCause(e);
    return located;
  }
}
