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
}
