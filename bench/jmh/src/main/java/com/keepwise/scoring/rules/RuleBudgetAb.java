package com.keepwise.scoring.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link RuleBudgetBenchmark}'s two variants measured alternately in one JVM, in CPU time as well
 * as wall time: on a machine shared with other work JMH's wall-clock figures swing by more than the
 * difference sought, while the CPU time this thread spends is far steadier. Each round measures
 * both variants, in the order A B then B A in turn, after warm-up rounds; it prints the median ns
 * per customer of each and the median of the rounds' paired differences.
 *
 * <pre>
 * ./mvnw -q -B -ntp -Pbench -pl bench/jmh -am package -DskipTests
 * java -Xmx2g -cp bench/jmh/target/benchmarks.jar com.keepwise.scoring.rules.RuleBudgetAb [ROUNDS]
 * </pre>
 */
public final class RuleBudgetAb {

  private RuleBudgetAb() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int warmup = 15;
    RuleBudgetBenchmark budgeted = variant("budgeted");
    RuleBudgetBenchmark unbudgeted = variant("unbudgeted");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] kinds = {"assess", "conditions"};
    for (String kind : kinds) {
      int repeat = kind.equals("assess") ? 1 : 4;
      long[][] cpu = new long[2][rounds];
      long[][] wall = new long[2][rounds];
      long checksum = 0;
      for (int round = -warmup; round < rounds; round++) {
        for (int turn = 0; turn < 2; turn++) {
          int which = (Math.floorMod(round, 2) == 0) == (turn == 0) ? 0 : 1;
          RuleBudgetBenchmark variant = which == 0 ? budgeted : unbudgeted;
          long cpuStart = threads.getCurrentThreadCpuTime();
          long wallStart = System.nanoTime();
          for (int r = 0; r < repeat; r++) {
            checksum += kind.equals("assess") ? variant.assessOnce() : variant.conditionsOnce();
          }
          long perCustomer = (long) repeat * RuleBudgetBenchmark.CUSTOMERS;
          if (round >= 0) {
            cpu[which][round] = (threads.getCurrentThreadCpuTime() - cpuStart) / perCustomer;
            wall[which][round] = (System.nanoTime() - wallStart) / perCustomer;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-10s ns/customer, median of %d rounds (checksum %d)%n"
              + "  cpu   budgeted %6d  unbudgeted %6d  paired difference %+5d [IQR %+d..%+d]%n"
              + "  wall  budgeted %6d  unbudgeted %6d  paired difference %+5d [IQR %+d..%+d]%n",
          kind,
          rounds,
          checksum,
          median(cpu[0]),
          median(cpu[1]),
          quantile(differences(cpu), 0.5),
          quantile(differences(cpu), 0.25),
          quantile(differences(cpu), 0.75),
          median(wall[0]),
          median(wall[1]),
          quantile(differences(wall), 0.5),
          quantile(differences(wall), 0.25),
          quantile(differences(wall), 0.75));
    }
  }

  private static RuleBudgetBenchmark variant(String compiler) throws Exception {
    RuleBudgetBenchmark variant = new RuleBudgetBenchmark();
    variant.compiler = compiler;
    variant.setUp();
    return variant;
  }

  /** Budgeted minus unbudgeted, round by round. */
  private static long[] differences(long[][] values) {
    long[] d = new long[values[0].length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[0][i] - values[1][i];
    }
    return d;
  }

  private static long median(long[] values) {
    return quantile(values, 0.5);
  }

  private static long quantile(long[] values, double q) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}
