package com.keepwise.reports.dataset;

import com.keepwise.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer ids to their position among the accepted customers, for event rows to refer to.
 *
 * <p>Every event row looks its customer up, in exports whose customers are interleaved: tens of
 * millions of lookups at random places. A {@code HashMap<String, Integer>} costs four or five cache
 * misses each (bucket, node, key, key's bytes, boxed value), the largest single cost of reading. So
 * the ids are kept in an open-addressing table of 32-byte slots: the id's hash, where it is, and an
 * id of up to 16 Latin-1 characters (most are) packed into two longs, so that a lookup costs one
 * cache miss. Longer ids are compared with their characters, kept in one array.
 *
 * <p>Most systems number their customers: {@code C0000123}, {@code 10023}. While every id is one
 * prefix followed by a number, the ids are kept in an array indexed by the number instead, four
 * bytes a customer: at a million customers the table takes 64 MB and the array 4 MB, and a check of
 * the event files spends 34 s of CPU instead of 40 looking them up. The first id that a number
 * cannot tell apart from the others moves them all to the table.
 */
final class CustomerIndex {

  /** Empty slots hold hash 0; {@link #hash} never returns it. */
  private static final long EMPTY = 0;

  /** Longs a slot: the id's hash; its customer index and where it is; the packed id. */
  private static final int SLOT = 4;

  /**
   * In a slot's second long, low half: the id is packed in the slot, its length in the bits below.
   */
  private static final long PACKED = 0x8000_0000L;

  private long[] slots = new long[SLOT * 1024];

  private int mask = 1023;

  /** Every accepted id that is not packed in its slot, each as its length then its characters. */
  private char[] keys = new char[1024];

  private int keysEnd;

  private final List<CustomerId> ids = new ArrayList<>();
  private long[] lines = new long[1024];

  /** Ids of customer rows with problems, and the line each was first used on. */
  private final Map<String, Long> skipped = new HashMap<>();

  /** The file the customers are read from, as problems name it, and its customer_id column. */
  private final String fileName;

  private final String idHeader;

  private boolean unreadable;

  /** Set by {@link #complete}: every customer is accepted. */
  private boolean complete;

  /**
   * While the ids are numbered: the index of the customer with each number, -1 where none; null
   * when they are in the table instead (or there are none yet).
   */
  private int[] byNumber;

  /** What every numbered id starts with, before its digits. */
  private String prefix = "";

  /** How many digits every numbered id has; -1 when they vary, and then none has a leading zero. */
  private int width;

  private boolean leadingZero;
  private int maxNumber = -1;

  /** About how many customers the file has, for how large a number may be while they are read. */
  private long expected;

  /** The largest number the array goes to while customers are read (128 MB of it). */
  private static final long MAX_NUMBERED = 1 << 25;

  /** Up to 9 digits: the number is an int. */
  private static final int MAX_DIGITS = 9;

  /**
   * @param fileName the file the customers come from, as problems name it ({@code customers.csv},
   *     or a client's export mapped in {@code sources:})
   * @param idHeader that file's header of the customer_id column
   */
  CustomerIndex(String fileName, String idHeader) {
    this.fileName = fileName;
    this.idHeader = idHeader;
  }

  /**
   * About how many customers there are, as the file's size tells: numbers up to sixteen times that
   * are kept in the array while the customers are read, whatever order they come in.
   */
  void expect(long customers) {
    expected = customers;
  }

  /** Adds an accepted customer; its index is the number of customers accepted before it. */
  void accept(CustomerId id, long line) {
    if (complete) {
      throw new IllegalStateException("a customer accepted after the index was complete");
    }
    int index = ids.size();
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[index] = line;
    ids.add(id);
    // Numbering holds until an id does not fit it; from then on the ids are in the table.
    boolean numbering = index == 0 || byNumber != null;
    if (numbering && keepByNumber(id.value(), index)) {
      return;
    }
    if (numbering) {
      byNumber = null;
      for (int i = 0; i < index; i++) {
        tabulate(i);
      }
    }
    tabulate(index);
  }

  /**
   * Keeps the id by its number if it fits the ids so far: the same prefix, then at most nine
   * digits, all of one width or else none with a leading zero (007 and 7 would be one number).
   */
  private boolean keepByNumber(String id, int index) {
    int digits = trailingDigits(id);
    if (digits == 0 || digits > MAX_DIGITS) {
      return false;
    }
    int start = id.length() - digits;
    if (index == 0) {
      prefix = id.substring(0, start);
      width = digits;
    } else if (start != prefix.length() || !id.startsWith(prefix)) {
      return false;
    }
    int widthAfter = digits == width ? width : -1;
    boolean zeroAfter = leadingZero || (digits > 1 && id.charAt(start) == '0');
    int number = Integer.parseInt(id, start, id.length(), 10);
    long limit = Math.min(MAX_NUMBERED, Math.max(1 << 16, 16 * Math.max(expected, index + 1L)));
    if ((widthAfter < 0 && zeroAfter) || number > limit) {
      return false;
    }
    int old = byNumber == null ? 0 : byNumber.length;
    if (number >= old) {
      int size = (int) Math.min(limit + 1, Math.max(number + 1L, Math.max(1024, 2L * old)));
      byNumber = old == 0 ? new int[size] : Arrays.copyOf(byNumber, size);
      Arrays.fill(byNumber, old, size, -1);
    }
    if (byNumber[number] >= 0) {
      return false; // the same id twice: the table keeps both, as it always did
    }
    width = widthAfter;
    leadingZero = zeroAfter;
    byNumber[number] = index;
    maxNumber = Math.max(maxNumber, number);
    return true;
  }

  /** Puts the customer with this index in the table. */
  private void tabulate(int index) {
    String value = ids.get(index).value();
    int offset = 0;
    if (!packable(value)) {
      if ((long) keysEnd + value.length() + 1 > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysEnd + value.length() + 1));
      }
      offset = keysEnd;
      keys[keysEnd++] = (char) value.length(); // at most CustomerId.MAX_LENGTH
      value.getChars(0, value.length(), keys, keysEnd);
      keysEnd += value.length();
    }
    if (2L * (index + 1) > mask + 1) {
      grow();
    }
    insert(hash(value), index, offset);
  }

  private void insert(long hash, int index, int offset) {
    String id = ids.get(index).value();
    int slot = (int) hash & mask;
    while (slots[SLOT * slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    int at = SLOT * slot;
    slots[at] = hash;
    if (packable(id)) {
      slots[at + 1] = ((long) index << 32) | PACKED | id.length();
      slots[at + 2] = pack(id, 0);
      slots[at + 3] = pack(id, 8);
    } else {
      slots[at + 1] = ((long) index << 32) | (offset & 0x7FFF_FFFFL);
    }
  }

  /**
   * Every customer is accepted. Numbered ids keep the array when it is at most eight ints a
   * customer; sparser numbers move to the table.
   */
  void complete() {
    complete = true;
    if (byNumber == null) {
      return;
    }
    if (maxNumber <= Math.max(1024, 8L * ids.size())) {
      byNumber = Arrays.copyOf(byNumber, maxNumber + 1);
      slots = null; // the numbers find every customer
      keys = null;
      return;
    }
    byNumber = null;
    for (int i = 0; i < ids.size(); i++) {
      tabulate(i);
    }
  }

  /** Whether lookups go by number (see {@link #complete}). */
  boolean numbered() {
    return byNumber != null;
  }

  /** How many ASCII digits the id ends with. */
  private static int trailingDigits(String id) {
    int n = 0;
    while (n < id.length() && isDigit(id.charAt(id.length() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The index of a customer whose id is the prefix and a number; -1 if none is. */
  private int indexByNumber(String id, int[] numbered) {
    int start = prefix.length();
    int digits = id.length() - start;
    if (digits < 1
        || digits > MAX_DIGITS
        || (width > 0 ? digits != width : digits > 1 && id.charAt(start) == '0')
        || !id.startsWith(prefix)) {
      return -1;
    }
    int number = 0;
    for (int i = start; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number < numbered.length ? numbered[number] : -1;
  }

  /** Doubles the table, keeping it at most half full: probes stay short. */
  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = (mask << 1) | 1;
    for (int s = 0; s < old.length; s += SLOT) {
      if (old[s] != EMPTY) {
        long where = old[s + 1];
        int index = (int) (where >>> 32);
        insert(old[s], index, (where & PACKED) != 0 ? 0 : (int) where);
      }
    }
  }

  /** An id of at most 16 characters, each Latin-1. */
  private static boolean packable(String id) {
    if (id.length() > 16) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** Characters {@code from} to {@code from + 8} of a packable id, a byte each (0 past its end). */
  private static long pack(String id, int from) {
    long packed = 0;
    for (int i = Math.min(id.length(), from + 8) - 1; i >= from; i--) {
      packed = (packed << 8) | id.charAt(i);
    }
    return packed;
  }

  /**
   * The line of the customers file an id was first used on, by an accepted row or one with
   * problems; -1 if none.
   */
  long firstLine(String id) {
    int index = indexOf(id);
    return index >= 0 ? lines[index] : skipped.getOrDefault(id, -1L);
  }

  /** A customer row that has problems: events that refer to it are skipped too. */
  void skip(String id, long line) {
    skipped.putIfAbsent(id, line);
  }

  /**
   * The customers file could not be read (it is missing, or its header is): no event can be checked
   * against it, and saying so for each event row would bury the one real cause.
   */
  void markUnreadable() {
    unreadable = true;
  }

  boolean unreadable() {
    return unreadable;
  }

  /** The customer's index, or -1. */
  int indexOf(String id) {
    int[] numbered = byNumber;
    if (numbered != null) {
      return indexByNumber(id, numbered);
    }
    // One pass over the characters packs the id and tells whether it is packable; its hash is then
    // mixed from the two longs (a lookup per event row: four passes over the id showed).
    int n = id.length();
    long k0 = 0;
    long k1 = 0;
    boolean packable = n <= 16;
    if (packable) {
      int wide = 0;
      for (int i = 0; i < n; i++) {
        char c = id.charAt(i);
        wide |= c;
        if (i < 8) {
          k0 |= (long) c << (8 * i);
        } else {
          k1 |= (long) c << (8 * (i - 8));
        }
      }
      packable = wide <= 0xFF;
    }
    long hash = packable ? packedHash(k0, k1, n) : IdSet.hash(id);
    long[] table = slots;
    int m = mask;
    for (int slot = (int) hash & m; ; slot = (slot + 1) & m) {
      int at = SLOT * slot;
      long h = table[at];
      if (h == EMPTY) {
        return -1;
      }
      if (h == hash) {
        long where = table[at + 1];
        boolean same =
            (where & PACKED) != 0
                ? packable
                    && (int) (where & 0xFF) == n
                    && table[at + 2] == k0
                    && table[at + 3] == k1
                : !packable && sameId((int) (where & 0x7FFF_FFFFL), id);
        if (same) {
          return (int) (where >>> 32);
        }
      }
    }
  }

  /** The hash of an id's slot: mixed from its packed characters when packable. */
  private static long hash(String id) {
    return packable(id) ? packedHash(pack(id, 0), pack(id, 8), id.length()) : IdSet.hash(id);
  }

  /** A hash of a packed id, never {@link #EMPTY}; the length tells "C1" from "C1\0". */
  private static long packedHash(long k0, long k1, int length) {
    return IdSet.finish(
        (k0 * 0x87C37B91114253D5L) ^ Long.rotateLeft(k1 * 0x4CF5AD432745937FL, 29) ^ length);
  }

  private boolean sameId(int offset, String id) {
    char[] k = keys;
    int length = k[offset];
    if (length != id.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (k[offset + 1 + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  CustomerId idAt(int index) {
    return ids.get(index);
  }

  int size() {
    return ids.size();
  }

  /** Why an id does not resolve, for the message. */
  String whyUnknown(String id) {
    return skipped.containsKey(id)
        ? "belongs to a customer row that has problems"
        : "is not in " + fileName;
  }

  /** What a reference to a customer must be, for "expected …" in messages. */
  String expectedReference() {
    return "the " + idHeader + " of a row of " + fileName;
  }
}
