package com.keepwise.reports.dataset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The row ids of one file, checked for duplicates after the pass: a strict read stops at any
 * problem anyway, so it need not know at once.
 *
 * <p>Each row appends a 64-bit hash of its id (sequential writes); at the end the hashes are
 * partitioned by their top bits and each small partition is checked in a table that fits in the
 * cache. Probing one large table per row instead costs a cache miss a row, the largest single cost
 * of reading tens of millions of rows. Shared hashes are only suspects: the table confirms them by
 * comparing the ids themselves in a second reading.
 */
final class IdLedger implements RowIds {

  private static final int PARTITION_BITS = 12;

  private long[] hashes;
  private int size;

  IdLedger(long expected) {
    hashes =
        new long[(int) Math.max(16, Math.min(expected + expected / 8, Integer.MAX_VALUE - 16))];
  }

  @Override
  public boolean add(String id) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, (int) Math.min((long) size * 2, Integer.MAX_VALUE - 16));
    }
    hashes[size++] = IdSet.hash(id);
    return true;
  }

  /** The hashes that occur more than once: the suspects. */
  Set<Long> sharedHashes() {
    int partitions = 1 << PARTITION_BITS;
    int shift = 64 - PARTITION_BITS;
    int[] start = new int[partitions + 1];
    for (int i = 0; i < size; i++) {
      start[(int) (hashes[i] >>> shift) + 1]++;
    }
    for (int p = 0; p < partitions; p++) {
      start[p + 1] += start[p];
    }
    long[] sorted = new long[size];
    int[] next = Arrays.copyOf(start, partitions);
    for (int i = 0; i < size; i++) {
      sorted[next[(int) (hashes[i] >>> shift)]++] = hashes[i];
    }
    hashes = null; // the partitions hold them now
    Set<Long> shared = new HashSet<>();
    long[] table = new long[16];
    for (int p = 0; p < partitions; p++) {
      int n = start[p + 1] - start[p];
      int capacity = Integer.highestOneBit(Math.max(8, n * 2 - 1)) << 1;
      if (table.length < capacity) {
        table = new long[capacity];
      } else {
        Arrays.fill(table, 0, capacity, 0);
      }
      int mask = capacity - 1;
      for (int i = start[p]; i < start[p + 1]; i++) {
        long hash = sorted[i];
        int slot = (int) hash & mask;
        while (table[slot] != 0 && table[slot] != hash) {
          slot = (slot + 1) & mask;
        }
        if (table[slot] == hash) {
          shared.add(hash);
        } else {
          table[slot] = hash;
        }
      }
    }
    return shared;
  }
}
