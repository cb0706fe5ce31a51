package com.keepwise.reports.policydiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A file as committed in a git revision ({@code main:policy.yaml}), read with {@code git show} in
 * the repository the new policy lives in. The path is git's: from the repository's top, or from the
 * directory with a leading {@code ./}.
 */
public final class GitRevision {

  private static final long TIMEOUT_MILLIS = 60_000;

  private GitRevision() {}

  /** Why a file could not be read from git, in words for the user. */
  public static final class Failure extends Exception {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** Whether {@code spec} reads as {@code REV:PATH} rather than a file name. */
  public static boolean isRevisionPath(String spec) {
    int colon = spec.indexOf(':');
    // "C:\..." is a Windows path, not revision C.
    return colon > 0
        && colon < spec.length() - 1
        && !(colon == 1 && spec.length() > 2 && (spec.charAt(2) == '\\' || spec.charAt(2) == '/'));
  }

  /**
   * The file's text at the revision.
   *
   * @param repository a directory inside the repository (where git runs)
   * @param spec {@code REV:PATH}
   */
  public static String show(Path repository, String spec) throws IOException, Failure {
    return show(repository, spec, "git", TIMEOUT_MILLIS);
  }

  /** As {@link #show(Path, String)}, with the git to run and how long it may take. */
  static String show(Path repository, String spec, String gitCommand, long timeoutMillis)
      throws IOException, Failure {
    if (spec.startsWith("-")) {
      // Never an option to git, even if this git predates --end-of-options (2.24).
      throw new Failure(
          "--base "
              + spec
              + ": a revision cannot begin with '-' (expected REV:PATH, such as main:policy.yaml)");
    }
    Process git;
    try {
      // --end-of-options: whatever the spec holds, git reads it as a revision, never as an option.
      git =
          new ProcessBuilder(List.of(gitCommand, "show", "--end-of-options", spec))
              .directory(repository.toFile())
              .start();
    } catch (IOException e) {
      throw new Failure(
          "--base "
              + spec
              + ": cannot run git (expected git installed and on the PATH): "
              + e.getMessage());
    }
    git.getOutputStream().close();
    // Both streams are read on their own threads, so neither fills its pipe and stalls git, and the
    // timeout below runs while they are read: a git that hangs with its output open is still
    // stopped.
    CompletableFuture<byte[]> errors =
        CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream()));
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(git.getInputStream()));
    try {
      if (!git.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        git.descendants().forEach(ProcessHandle::destroyForcibly);
        git.destroyForcibly();
        throw new Failure(
            "--base "
                + spec
                + ": git show took longer than "
                + (timeoutMillis % 1000 == 0
                    ? timeoutMillis / 1000 + " seconds"
                    : timeoutMillis + " ms"));
      }
      String error = new String(errors.get(), StandardCharsets.UTF_8).strip();
      if (git.exitValue() != 0) {
        String first =
            error
                .lines()
                .findFirst()
                .orElse("exit code " + git.exitValue())
                .replaceFirst("^fatal: ", "");
        throw new Failure(
            "--base "
                + spec
                + ": "
                + first
                + " (expected REV:PATH of a policy committed in the git"
                + " repository at "
                + repository
                + ")");
      }
      return new String(out.get(), StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running git", e);
    } catch (ExecutionException e) {
      throw new IOException("cannot read git's output", e.getCause());
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
