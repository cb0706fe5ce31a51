package com.keepwise.reports.policydiff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, point 4: what {@code diff --base} passes to git, and a git that hangs. */
class GitRevisionTest {

  @TempDir Path temp;

  Path repository() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Files.writeString(repo.resolve("policy.yaml"), "version: 1\n");
    git(repo, "init", "-q");
    git(repo, "add", "policy.yaml");
    git(
        repo,
        "-c",
        "user.name=Keepwise Test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "-m",
        "a policy");
    return repo;
  }

  @Test
  void aBaseThatLooksLikeAnOptionNeverReachesGitAsOne() throws Exception {
    Path repo = repository();
    Path written = temp.resolve("written");
    GitRevision.Failure failure =
        assertThrows(
            GitRevision.Failure.class, () -> GitRevision.show(repo, "--output=" + written + ":x"));
    assertTrue(failure.getMessage().contains("cannot begin with '-'"), failure.getMessage());
    assertFalse(Files.exists(temp.resolve("written:x")), "git wrote a file named by the base");
    assertFalse(Files.exists(written));
    // A revision with an option-like path is read as a revision, and is simply not there.
    assertThrows(
        GitRevision.Failure.class, () -> GitRevision.show(repo, "HEAD:--output=" + written));
    assertFalse(Files.exists(written));
  }

  @Test
  void aGitThatHangsIsStoppedAtTheTimeout() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    // A git that keeps its output open and never ends.
    Path hanging = Files.writeString(temp.resolve("git"), "#!/bin/sh\nexec sleep 60\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    long start = System.nanoTime();
    GitRevision.Failure failure =
        assertThrows(
            GitRevision.Failure.class,
            () -> GitRevision.show(repo, "HEAD:policy.yaml", hanging.toString(), 500));
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertTrue(seconds < 10, "took " + seconds + " s");
    assertTrue(failure.getMessage().contains("took longer than"), failure.getMessage());
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git;
    try {
      git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("git is not installed: " + e.getMessage());
      return;
    }
    git.getInputStream().readAllBytes();
    assertTrue(git.waitFor(60, TimeUnit.SECONDS));
  }
}
