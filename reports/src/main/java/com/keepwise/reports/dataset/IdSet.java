package com.keepwise.reports.dataset;

/**
 * The row ids seen so far in one file, to find duplicates as the rows come, so that a lenient read
 * can skip them.
 *
 * <p>Holds 64-bit hashes in an open-addressing table: eight to sixteen bytes a row instead of a
 * {@code HashSet<String>}'s eighty. Two different ids share a hash with a chance of about 10⁻⁶ in a
 * file of ten million rows. The report names the line an id was first used on by reading the file
 * again, which happens only when duplicates were found.
 */
final class IdSet implements RowIds {

  private static final long EMPTY = 0;

  private long[] slots;
  private int size;

  /** A set sized for about {@code expected} ids, so that a large file does not make it grow. */
  IdSet(long expected) {
    long capacity = Long.highestOneBit(Math.max(16, (long) (expected / 0.7)) - 1) << 1;
    slots = new long[(int) Math.min(capacity, 1 << 30)];
  }

  /** Adds the id; false if an id with the same hash was there already. */
  @Override
  public boolean add(String id) {
    long hash = hash(id);
    if (size >= slots.length * 0.7) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == EMPTY) {
        slots[i] = hash;
        size++;
        return true;
      }
      if (slot == hash) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long hash : old) {
      if (hash != EMPTY) {
        int i = (int) hash & mask;
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = hash;
      }
    }
  }

  /** FNV-1a over the UTF-16 units, finished with MurmurHash3's mix; never {@link #EMPTY}. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }
}
