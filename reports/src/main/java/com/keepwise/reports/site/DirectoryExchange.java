package com.keepwise.reports.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Swaps two directories in one step, so that at no instant is either name without a directory —
 * where the system can. {@link SiteDirectory} publishes with it, and falls back to two renames
 * where it cannot.
 */
@FunctionalInterface
interface DirectoryExchange {

  /**
   * Swaps {@code a} and {@code b}, both existing, in one atomic step.
   *
   * @return false when this system or this file system cannot swap directories in one step; then
   *     nothing was changed
   * @throws IOException when the system could swap them but refused (permissions, a name gone)
   */
  boolean exchange(Path a, Path b) throws IOException;

  /** Never swaps: publishing falls back to two renames, as on systems without the call. */
  DirectoryExchange UNAVAILABLE = (a, b) -> false;

  /**
   * Linux's {@code renameat2(RENAME_EXCHANGE)}, unavailable elsewhere. Its native binding is loaded
   * on the first exchange, not before: commands that publish no site never load it.
   */
  static DirectoryExchange system() {
    return RenameExchange::exchange;
  }
}
