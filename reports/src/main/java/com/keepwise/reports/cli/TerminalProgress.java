package com.keepwise.reports.cli;

import com.keepwise.reports.site.Progress;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * Progress bars on a terminal, drawn by the progressbar library: the stage, how many done (of how
 * many, when known), the rate and the time left. One bar at a time, one per stage.
 */
final class TerminalProgress implements Progress {

  private final Supplier<ProgressBarConsumer> consumer;
  private ProgressBar bar;
  private String stage;
  private long total;

  TerminalProgress(Supplier<ProgressBarConsumer> consumer) {
    this.consumer = consumer;
  }

  /**
   * Bars on the process's standard error when it is a terminal, else {@link Progress#NONE}: piped
   * into a file or a CI log, nothing but the results is written. {@code KEEPWISE_PROGRESS=never}
   * turns them off.
   */
  static Supplier<Progress> onStandardError() {
    // Asked only when a command shows progress: finding out runs a process, which a check of a
    // policy file, over in well under a second, does not need to pay.
    return () ->
        StandardError.IS_TERMINAL
            ? new TerminalProgress(() -> new ConsoleProgressBarConsumer(System.err))
            : Progress.NONE;
  }

  /** Whether progress goes to standard error, found out once, when first asked. */
  private static final class StandardError {
    static final boolean IS_TERMINAL =
        !"never".equals(System.getenv("KEEPWISE_PROGRESS"))
            && !"dumb".equals(System.getenv("TERM"))
            && stderrIsTerminal();
  }

  /**
   * Whether file descriptor 2 is a terminal (Java 17 can only tell for standard input and output
   * together).
   */
  private static boolean stderrIsTerminal() {
    try {
      return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @Override
  public synchronized void update(String stage, long done, long total) {
    if (!stage.equals(this.stage) || bar == null) {
      end();
      this.stage = stage;
      this.total = total;
      bar =
          new ProgressBarBuilder()
              .setTaskName(stage)
              .setInitialMax(total < 0 ? -1 : total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .showSpeed()
              .setConsumer(consumer.get())
              .build();
    }
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    end();
  }

  private void end() {
    if (bar != null) {
      if (total >= 0) {
        bar.stepTo(total);
      } else {
        bar.maxHint(bar.getCurrent());
      }
      bar.close();
      bar = null;
      stage = null;
    }
  }
}
