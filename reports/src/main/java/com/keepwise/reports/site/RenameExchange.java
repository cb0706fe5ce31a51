package com.keepwise.reports.site;

import com.sun.jna.Function;
import com.sun.jna.LastErrorException;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Linux's {@code renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE)} (kernel 3.15, glibc 2.28),
 * called through JNA: Java's {@code Files.move} has no way to swap two directories. Only this class
 * names JNA, and it is loaded on the first exchange, so the native library is looked up (and JNA's
 * dispatch library unpacked) only by a run that publishes a site over a previous one.
 */
final class RenameExchange {

  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 1 << 1;

  // errno values (the same on every Linux architecture JNA ships for but MIPS) that mean "this
  // system or file system cannot exchange", not "this exchange failed".
  private static final int EXDEV = 18;
  private static final int EINVAL = 22;
  private static final int ENOSYS = 38;

  /** Path names as the JDK gives them to the kernel, byte for byte. */
  private static final Charset NAMES =
      Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));

  private RenameExchange() {}

  /** Looked up once, on the first exchange. */
  private static final class Libc {
    static final Optional<Function> RENAMEAT2 = lookUp();

    private static Optional<Function> lookUp() {
      if (!Platform.isLinux()) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            Function.getFunction(Platform.C_LIBRARY_NAME, "renameat2", Function.THROW_LAST_ERROR));
      } catch (LinkageError | RuntimeException e) {
        // JNA's dispatch library cannot be loaded here (no build for this machine, a temporary
        // directory mounted noexec), or glibc is older than 2.28: publish in two renames.
        return Optional.empty();
      }
    }
  }

  /** Whether this machine has the call; false on other systems and where JNA cannot load. */
  static boolean available() {
    try {
      return Libc.RENAMEAT2.isPresent();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** See {@link DirectoryExchange#exchange}. */
  static boolean exchange(Path a, Path b) throws IOException {
    if (!available()) {
      return false;
    }
    try {
      Libc.RENAMEAT2
          .orElseThrow()
          .invokeInt(new Object[] {AT_FDCWD, name(a), AT_FDCWD, name(b), RENAME_EXCHANGE});
      return true;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == EINVAL || errno == ENOSYS || errno == EXDEV) {
        // A kernel before 3.15, or a file system that cannot exchange (some network and FUSE file
        // systems): nothing was changed.
        return false;
      }
      throw new FileSystemException(
          a.toString(), b.toString(), "cannot swap the directories: " + e.getMessage());
    }
  }

  /** The path's bytes and a terminating NUL, as the C call reads it. */
  private static byte[] name(Path path) {
    byte[] bytes = path.toString().getBytes(NAMES);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }
}
