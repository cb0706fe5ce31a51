package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every customer id finds its own customer, and an id that is not quite it finds none. */
class CustomerIndexTest {

  @Test
  void everyIdFindsItsCustomerAndNearMissesFindNone() {
    Random random = new Random(20261206);
    List<String> ids = new ArrayList<>();
    String[] alphabet = {"C", "0", "9", "-", "é", "\u0000", "Ω", "客", "😀", " "};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder(i % 3 == 0 ? "C" + i : "");
      int length = 1 + random.nextInt(i % 5 == 0 ? 40 : 18); // around the 16 packed characters
      while (id.length() < length) {
        id.append(alphabet[random.nextInt(alphabet.length)]);
      }
      ids.add(id.length() > CustomerId.MAX_LENGTH ? id.substring(0, 100) : id.toString());
    }
    ids = ids.stream().distinct().toList();
    CustomerIndex index = new CustomerIndex("customers.csv", "customer_id");
    java.util.Map<String, Integer> expected = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.accept(CustomerId.of(ids.get(i)), i + 2);
      expected.put(ids.get(i), i);
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      assertEquals(i, index.indexOf(id), id);
      assertEquals(i + 2, index.firstLine(id), id);
      for (String near :
          List.of(
              id + "\u0000",
              id + "0",
              id.substring(0, id.length() - 1),
              id.substring(1),
              (char) (id.charAt(0) + 1) + id.substring(1))) {
        int found = index.indexOf(near);
        assertEquals(expected.getOrDefault(near, -1), found, "'" + near + "' for '" + id + "'");
      }
    }
    assertEquals(-1, index.indexOf(""));
    assertEquals(ids.size(), index.size());
  }

  @Test
  void numberedIdsAreFoundByTheirNumberAndNothingElseIs() {
    List<String> fixed = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      fixed.add(String.format("C%07d", (i * 7919) % 20_000)); // shuffled, every fourth number
    }
    assertLookups(fixed.stream().distinct().toList(), true);
    List<String> plain = new ArrayList<>();
    for (int i = 1; i <= 3_000; i++) {
      plain.add(Integer.toString(i * 3));
    }
    assertLookups(plain, true);
  }

  @Test
  void idsThatANumberCannotTellApartKeepTheTable() {
    assertLookups(List.of("7", "007", "07", "70"), false); // one number, three ids
    assertLookups(List.of("C1", "D2", "C3"), false); // two prefixes
    assertLookups(List.of("C1", "C2", "C"), false); // an id without a number
    assertLookups(List.of("C1", "C2", "C1234567890"), false); // beyond nine digits
    assertLookups(List.of("1", "2", "999999999"), false); // too sparse for an array
    assertLookups(List.of("1", "50000", "60000"), false); // an array while read, too sparse after
    assertLookups(List.of("A-1", "A-2", "A-03"), false); // a leading zero among widths that vary
    assertLookups(List.of("K-2024-0002", "K-2024-0001"), true); // digits in the prefix too
  }

  /**
   * Accepts {@code ids} and checks every id and its near misses against a map, before and after the
   * index is complete, and whether it then goes by number.
   */
  private static void assertLookups(List<String> ids, boolean numbered) {
    CustomerIndex index = new CustomerIndex("customers.csv", "customer_id");
    java.util.Map<String, Integer> expected = new java.util.HashMap<>();
    Random random = new Random(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      index.accept(CustomerId.of(ids.get(i)), i + 2);
      expected.put(ids.get(i), i);
      // Customers are looked up while they are read too (a second row with the same id).
      assertProbes(index, expected, ids.get(i));
      assertProbes(index, expected, ids.get(random.nextInt(i + 1)));
    }
    for (boolean complete : new boolean[] {false, true}) {
      if (complete) {
        index.complete();
        assertEquals(
            numbered, index.numbered(), ids.subList(0, Math.min(5, ids.size())).toString());
      }
      for (String id : ids) {
        assertProbes(index, expected, id);
      }
      assertEquals(-1, index.indexOf(""));
    }
  }

  /** The id and its near misses find what {@code expected} says, and the id its first line. */
  private static void assertProbes(
      CustomerIndex index, java.util.Map<String, Integer> expected, String id) {
    for (String probe :
        List.of(
            id,
            id + "0",
            "0" + id,
            id.substring(0, id.length() - 1),
            id.substring(1),
            id.toLowerCase(java.util.Locale.ROOT),
            id + " ",
            id.replace('1', '\uFF11'), // a fullwidth digit is not an ASCII one
            id.replace('0', '\u0000'),
            (char) (id.charAt(0) + 1) + id.substring(1),
            id.substring(0, id.length() - 1) + (char) (id.charAt(id.length() - 1) + 1))) {
      assertEquals(expected.getOrDefault(probe, -1), index.indexOf(probe), "'" + probe + "'");
    }
    assertEquals(expected.get(id) + 2, index.firstLine(id), id);
  }
}
