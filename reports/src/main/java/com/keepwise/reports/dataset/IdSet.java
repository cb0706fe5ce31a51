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

  /**
   * A 64-bit hash of the id, never {@link #EMPTY}: its UTF-16 units four to a long, each long mixed
   * in with a multiply (a row's id costs three or four steps rather than one per character), then
   * MurmurHash3's finish. Two ids that share a hash are only suspects: they are compared as text
   * before anything is reported, so the quality of the hash is a matter of speed, never of truth.
   */
  static long hash(String id) {
    int n = id.length();
    long h = 0x9E3779B97F4A7C15L ^ n;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long word =
          id.charAt(i)
              | (long) id.charAt(i + 1) << 16
              | (long) id.charAt(i + 2) << 32
              | (long) id.charAt(i + 3) << 48;
      h = Long.rotateLeft(h ^ word * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      tail |= (long) id.charAt(i) << shift;
    }
    return finish(h ^ tail * 0x87C37B91114253D5L);
  }

  /** MurmurHash3's 64-bit finish, so that every bit of the input moves the low and the top bits. */
  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }
}
