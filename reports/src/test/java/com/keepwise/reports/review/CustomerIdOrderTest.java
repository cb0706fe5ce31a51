package com.keepwise.reports.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Customers are reviewed in customer_id order, exactly as the ids' characters sort. */
class CustomerIdOrderTest {

  @Test
  void theOrderIsTheIdsOrderWhateverTheyAreMadeOf() {
    Random random = new Random(20261207);
    // Ids alike in their first eight characters, with U+0000, beyond Latin-1 and surrogate pairs.
    String[] pieces = {"C", "0", "9", "00000", "\u0000", "é", "\uFFFF", "客", "😀", "-", "C0000000"};
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        id.append(pieces[random.nextInt(pieces.length)]);
      }
      ids.add(id.toString());
    }
    ids = ids.stream().distinct().toList();
    List<Customer> customers = new ArrayList<>();
    for (String id : ids) {
      customers.add(
          Customer.builder(CustomerId.of(id), "N", "smb", LocalDate.of(2020, 1, 1), Money.of(0))
              .build());
    }
    List<String> sorted = ids;
    int[] expected =
        IntStream.range(0, ids.size())
            .boxed()
            .sorted(Comparator.comparing(sorted::get))
            .mapToInt(Integer::intValue)
            .toArray();
    assertArrayEquals(expected, PortfolioReview.customerIdOrder(customers));
  }
}
