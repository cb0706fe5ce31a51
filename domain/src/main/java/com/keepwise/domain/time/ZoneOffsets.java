package com.keepwise.domain.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A time zone's offsets as a table of transitions, looked up by binary search: the JDK computes the
 * transitions of recent years again on every lookup, which tens of millions of rows notice.
 * Thread-safe and immutable.
 */
public final class ZoneOffsets {

  private static final long FROM = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long UNTIL =
      LocalDateTime.of(2200, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

  /** Buckets of 2^21 seconds (about 24 days) from {@link #FROM}, for lookups without a search. */
  private static final int BUCKET_BITS = 21;

  private final ZoneId zone;
  private final long[] starts;
  private final int[] offsets;

  /**
   * Per bucket, the last transition at or before the bucket's start: a lookup scans on from there,
   * rarely more than one step (a binary search over 600 transitions costs ten unpredictable
   * branches, three times for every datetime read).
   */
  private final int[] firstInBucket;

  private ZoneOffsets(ZoneId zone, long[] starts, int[] offsets) {
    this.zone = zone;
    this.starts = starts;
    this.offsets = offsets;
    this.firstInBucket = new int[(int) ((UNTIL - FROM) >>> BUCKET_BITS) + 1];
    for (int b = 0; b < firstInBucket.length; b++) {
      firstInBucket[b] = search(FROM + ((long) b << BUCKET_BITS));
    }
  }

  public static ZoneOffsets of(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<Long> starts = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    starts.add(Long.MIN_VALUE);
    offsets.add(rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds());
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(FROM));
    while (next != null && next.toEpochSecond() < UNTIL) {
      starts.add(next.toEpochSecond());
      offsets.add(next.getOffsetAfter().getTotalSeconds());
      next = rules.nextTransition(next.getInstant());
    }
    return new ZoneOffsets(
        zone,
        starts.stream().mapToLong(Long::longValue).toArray(),
        offsets.stream().mapToInt(Integer::intValue).toArray());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The offset in seconds in force at an instant (seconds since the epoch). */
  public int offsetAt(long epochSecond) {
    if (starts.length == 1) {
      return offsets[0];
    }
    if (epochSecond >= FROM && epochSecond < UNTIL) {
      int i = firstInBucket[(int) ((epochSecond - FROM) >>> BUCKET_BITS)];
      while (i + 1 < starts.length && starts[i + 1] <= epochSecond) {
        i++;
      }
      return offsets[i];
    }
    return offsets[search(epochSecond)];
  }

  /** The index of the last transition at or before the instant, by binary search. */
  private int search(long epochSecond) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= epochSecond) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The local day (epoch day) of an instant. */
  public long localDay(long epochSecond) {
    return Math.floorDiv(epochSecond + offsetAt(epochSecond), 86_400);
  }

  /**
   * The instant of a local date-time given as seconds since the local epoch. In a gap (clocks going
   * forward) the time is moved later by the gap; in an overlap the earlier offset wins — as {@link
   * LocalDateTime#atZone} does.
   */
  public long instantOf(long localSecond) {
    int before = offsetAt(localSecond - 86_400);
    int after = offsetAt(localSecond + 86_400);
    if (before == after) {
      return localSecond - before;
    }
    long earlier = localSecond - before;
    if (offsetAt(earlier) == before) {
      return earlier;
    }
    long later = localSecond - after;
    if (offsetAt(later) == after) {
      return later;
    }
    return localSecond - before; // in a gap: the time shifted forward by the gap
  }
}
