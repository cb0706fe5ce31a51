package com.keepwise.reports.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.customer.Relationship;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.signal.Incident;
import com.keepwise.domain.signal.IncidentKind;
import com.keepwise.domain.signal.Invoice;
import com.keepwise.domain.signal.Review;
import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.domain.signal.Ticket;
import com.keepwise.domain.signal.TicketPriority;
import com.keepwise.reports.testing.DatasetFiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's Bean Validation constraints and the reader's fast path state the same rules in the
 * same words: for each rule, an invalid record and an invalid row give the same message.
 */
class ContractConstraintsTest {

  static Validator validator;
  static final CustomerId C1 = CustomerId.of("C1");
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @TempDir Path temp;

  @BeforeAll
  static void validator() {
    validator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  static String violation(Object record) {
    Set<ConstraintViolation<Object>> violations = validator.validate(record);
    assertEquals(1, violations.size(), violations.toString());
    return violations.iterator().next().getMessage();
  }

  List<String> problems(DatasetFiles files) throws IOException {
    Path dir = files.writeTo(temp.resolve("d" + System.nanoTime()));
    return Dataset.open(dir).readEvents((c, s, l) -> {}).problems().stream().map(p -> p.message()).toList();
  }

  static DatasetFiles oneCustomer() {
    return DatasetFiles.withCustomers().customer("C1", "One", "smb", "100");
  }

  static void assertSaysTheSame(String constraint, List<String> problems) {
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains(" " + constraint + " "), problems.get(0) + " should say: " + constraint);
  }

  @Test
  void anInvoiceAmountIsMoreThanZero() throws IOException {
    String rule = violation(new Invoice("I1", C1, DAY, DAY, Money.ZERO, Optional.empty(), Optional.empty()));
    assertSaysTheSame(rule, problems(oneCustomer().file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
        .row("invoices.csv", "I1", "C1", "2026-03-01", "2026-03-01", "0")));
  }

  @Test
  void anInvoiceIsNotDueBeforeItIsIssued() throws IOException {
    String rule = violation(new Invoice("I1", C1, DAY, DAY.minusDays(1), Money.of(5), Optional.empty(), Optional.empty()));
    assertSaysTheSame(rule, problems(oneCustomer().file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount")
        .row("invoices.csv", "I1", "C1", "2026-03-01", "2026-02-28", "5")));
  }

  @Test
  void aPaidAmountIsZeroOrMore() throws IOException {
    String rule = violation(new Invoice("I1", C1, DAY, DAY, Money.of(5), Optional.of(DAY), Optional.of(Money.of(-1))));
    assertSaysTheSame(rule, problems(oneCustomer().file("invoices.csv", "invoice_id", "customer_id", "issued", "due", "amount", "paid", "paid_amount")
        .row("invoices.csv", "I1", "C1", "2026-03-01", "2026-03-01", "5", "2026-03-01", "-1")));
  }

  @Test
  void annualRevenueIsZeroOrMore() throws IOException {
    String rule = violation(new Customer(C1, "One", "smb", DAY, Money.of(-5), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, Optional.empty(), Relationship.STANDARD));
    assertSaysTheSame(rule, problems(DatasetFiles.withCustomers().customer("C1", "One", "smb", "-5")));
  }

  @Test
  void staffMinutesAreZeroOrMore() throws IOException {
    String rule = violation(new Ticket("T1", C1, Instant.EPOCH, LocalDate.EPOCH, Optional.empty(), TicketPriority.NORMAL, Optional.empty(), false,
        true, OptionalDouble.of(-1)));
    assertSaysTheSame(rule, problems(oneCustomer().file("tickets.csv", "ticket_id", "customer_id", "opened", "minutes_spent")
        .row("tickets.csv", "T1", "C1", "2026-03-01T10:00:00Z", "-1")));
  }

  @Test
  void severityIsFromOneToFive() throws IOException {
    String rule = violation(new Incident("X1", C1, DAY, IncidentKind.RUDENESS, 7, Optional.empty(), Optional.empty()));
    assertSaysTheSame(rule, problems(oneCustomer().file("incidents.csv", "incident_id", "customer_id", "at", "kind", "severity")
        .row("incidents.csv", "X1", "C1", "2026-03-01", "rudeness", "7")));
  }

  @Test
  void aRatingIsFromOneToFive() throws IOException {
    String rule = violation(new Review("V1", C1, DAY, ReviewChannel.SOCIAL, OptionalInt.of(0), true, Optional.empty()));
    assertSaysTheSame(rule, problems(oneCustomer().file("reviews.csv", "review_id", "customer_id", "at", "channel", "rating")
        .row("reviews.csv", "V1", "C1", "2026-03-01", "social", "0")));
  }
}
