package com.keepwise.reports.dataset;

import com.keepwise.domain.ContractCode;
import com.keepwise.domain.customer.CustomerId;
import com.keepwise.domain.money.Money;
import com.keepwise.domain.time.Days;
import com.keepwise.reports.dataset.source.Fields;
import com.keepwise.reports.dataset.source.StrictUtf8Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The current row of a contract file, with typed accessors that check each value against the
 * contract and log a located problem for each one that fails.
 *
 * <p>Accessors return {@code null} (or an empty optional) for a bad value; a file's parser reads
 * the whole row and then asks {@link #isBad()}, so every problem of a row is reported, not just the
 * first. One instance serves all the rows of a file.
 */
final class Row {

  private final Table table;
  private final Mapping mapping;
  private final int[] fieldOf;
  private Fields record;
  private boolean bad;
  private int customer = -1;

  /** The current row's number, and per column the row its mapped value was converted for. */
  private long rowNumber;

  private final long[] convertedFor;
  private final String[] converted;

  /**
   * Per column, the row its mapped value was read directly for, the value, and for a datetime its
   * date and time as written (seconds since 1970-01-01T00:00): primitives, stored for every field.
   */
  private final long[] directFor;

  private final long[] direct;
  private final long[] local;

  Row(Table table, int[] fieldOf) {
    this.table = table;
    this.mapping = table.mapping();
    this.fieldOf = fieldOf;
    this.convertedFor = new long[fieldOf.length];
    this.converted = new String[fieldOf.length];
    this.directFor = new long[fieldOf.length];
    this.direct = new long[fieldOf.length];
    this.local = new long[fieldOf.length];
  }

  void reset(Fields record) {
    this.record = record;
    this.bad = false;
    this.customer = -1;
    this.rowNumber++;
  }

  /**
   * A mapped export's field as contract text, kept for the row: the data-quality tally asks for the
   * first date column's, and the reader takes it from here; null when the value is not written as
   * the export's dialect says.
   */
  String contractText(Column column, String value) {
    int c = column.ordinal();
    if (convertedFor[c] != rowNumber) {
      converted[c] = mapping.contractText(column, value, record.typed(fieldOf[c]));
      convertedFor[c] = rowNumber;
    }
    return converted[c];
  }

  /**
   * A mapped export's field read straight to a number by its dialect ({@link Mapping#direct}), once
   * per row however often it is asked for (the data-quality tally reads the first date column too):
   * {@link Mapping#UNREAD} for a contract file's field, and for one that goes the way of contract
   * text, which reads it or reports it.
   */
  private long direct(Column column) {
    int c = column.ordinal();
    if (!mapping.mapped()) {
      return Mapping.UNREAD;
    }
    if (directFor[c] == rowNumber) {
      return direct[c];
    }
    int field = fieldOf[c];
    long value =
        field < 0 || field >= record.count()
            ? Mapping.UNREAD
            : mapping.direct(column, record.get(field), record.typed(field), table.zone(), local);
    directFor[c] = rowNumber;
    direct[c] = value;
    return value;
  }

  /**
   * The day a mapped export's date or datetime column's field was written on, on the export's own
   * clock (the first ten characters of its contract text), as an epoch day; {@link Mapping#UNREAD}
   * as for {@link #direct}.
   */
  long directDay(Column column) {
    long value = direct(column);
    if (value == Mapping.UNREAD || column.type() == ColumnType.DATE) {
      return value;
    }
    return column.type() == ColumnType.DATETIME
        ? Math.floorDiv(local[column.ordinal()], 86_400)
        : Mapping.UNREAD;
  }

  long line() {
    return record.line();
  }

  boolean isBad() {
    return bad;
  }

  /** The customer of an event row, as resolved by {@link #customer(Column)}; -1 if none. */
  int customerIndex() {
    return customer;
  }

  /** The id of the customer resolved by {@link #customer(Column)}. */
  CustomerId customerId() {
    return table.customers().idAt(customer);
  }

  /**
   * Logs a problem about a column of this row and marks the row bad. A message that begins with the
   * column's contract name names it as the export does ({@code Belopp (amount) …}).
   */
  void problem(Column column, String message) {
    String located =
        mapping.mapped() && message.startsWith(column.header() + " ")
            ? name(column) + message.substring(column.header().length())
            : message;
    table.problems().add(line(), column(column), located);
    bad = true;
  }

  /**
   * The column as a mapped export names it: {@code Belopp (amount)}, in a sheet {@code Belopp
   * (amount, cell E7)}.
   */
  private String name(Column column) {
    int field = fieldOf[column.ordinal()];
    if (!mapping.export().isSheet() || field < 0) {
      return mapping.name(column);
    }
    return mapping.header(column)
        + " ("
        + column.header()
        + ", cell "
        + org.apache.poi.ss.util.CellReference.convertNumToColString(field)
        + line()
        + ")";
  }

  /**
   * Logs a problem about a field of this row that no column of the schema reads, and marks the row
   * bad.
   */
  void problemAt(int field, String message) {
    table.problems().add(line(), field, message);
    bad = true;
  }

  /** The 1-based position of the column in this file's header (1 when it is not there). */
  private int column(Column column) {
    int field = fieldOf[column.ordinal()];
    return field < 0 ? 1 : field + 1;
  }

  /**
   * The field as written: empty when absent (or when the optional column is not in the file),
   * {@code null} when its bytes are not UTF-8, which is reported here.
   */
  private String field(Column column) {
    int field = fieldOf[column.ordinal()];
    if (field < 0) {
      return "";
    }
    if (field >= record.count()) {
      return ""; // a sheet's row ends before its empty cells
    }
    String value = record.get(field);
    if (table.mayHaveMalformedBytes() && value.indexOf(StrictUtf8Reader.REPLACEMENT) >= 0) {
      problem(column, column.header() + " has bytes that are not UTF-8 (expected UTF-8 text)");
      return null;
    }
    if (mapping.mapped()) {
      // The text the tally made already, else made here without keeping it: a reference stored
      // into this long-lived row for every field costs G1 a barrier each time.
      int c = column.ordinal();
      String text =
          convertedFor[c] == rowNumber
              ? converted[c]
              : mapping.contractText(column, value, record.typed(fieldOf[c]));
      if (text == null) {
        invalid(column, value, mapping.notA(column));
      }
      return text;
    }
    return value;
  }

  /** The field as the file wrote it, for quoting in problems. */
  private String written(Column column, String value) {
    int field = fieldOf[column.ordinal()];
    return mapping.mapped() && field >= 0 && field < record.count() ? record.get(field) : value;
  }

  /**
   * The field, or {@code null} when it is empty or unreadable; an empty field of a column the
   * contract declares required is reported.
   */
  private String value(Column column) {
    String value = field(column);
    if (value == null || !value.isEmpty()) {
      return value;
    }
    if (column.required()) {
      problem(column, column.header() + " is required (expected " + mapping.expected(column) + ")");
    }
    return null;
  }

  private <T> T invalid(Column column, String value, String what) {
    return invalid(column, value, what, mapping.expected(column));
  }

  private <T> T invalid(Column column, String value, String what, String expected) {
    problem(
        column,
        column.header()
            + " "
            + ContractTypes.quote(written(column, value))
            + " "
            + what
            + " (expected "
            + expected
            + ")");
    return null;
  }

  String text(Column column) {
    return value(column);
  }

  Optional<String> optionalText(Column column) {
    return Optional.ofNullable(value(column));
  }

  /** A text that repeats across rows (segment, tier, region): one copy is kept for all. */
  String sharedText(Column column) {
    String value = value(column);
    return value == null ? null : table.shared(value);
  }

  Optional<String> optionalSharedText(Column column) {
    String value = value(column);
    return value == null ? Optional.empty() : table.sharedOptional(value);
  }

  /** Whether an id is short enough for the contract; a long one is reported. */
  boolean idFits(Column column, String value) {
    if (value.length() > CustomerId.MAX_LENGTH) {
      invalid(column, value, column.type().violation());
      return false;
    }
    return true;
  }

  /** A row's own id: 1 to 128 characters, unique within the file. */
  String uniqueId(Column column) {
    String value = value(column);
    if (value == null || !idFits(column, value)) {
      return null;
    }
    if (!table.ids().add(value)) {
      table
          .duplicates()
          .add(line(), column(column), mapping.header(column), mapping.name(column), value);
      bad = true;
      return null;
    }
    return value;
  }

  /** Resolves the customer an event row belongs to; see {@link #customerIndex()}. */
  void customer(Column column) {
    String value = value(column);
    if (value == null) {
      return;
    }
    int index = table.customers().indexOf(value);
    if (index < 0 && table.customers().unreadable()) {
      table.uncheckedReference(); // a follow-on of customers.csv's problem, summarised once
      bad = true;
    } else if (index < 0) {
      // The customers may come from a client's export: name it, not customers.csv.
      invalid(
          column,
          value,
          table.customers().whyUnknown(value),
          table.customers().expectedReference()
              + mapping.expected(column).substring(column.expected().length()));
    } else {
      customer = index;
    }
  }

  LocalDate date(Column column) {
    long day = direct(column);
    if (day != Mapping.UNREAD) {
      return Days.of(day);
    }
    String value = value(column);
    return value == null ? null : parseDate(column, value);
  }

  Optional<LocalDate> optionalDate(Column column) {
    long day = direct(column);
    if (day != Mapping.UNREAD) {
      return Optional.of(Days.of(day));
    }
    String value = value(column);
    return value == null ? Optional.empty() : Optional.ofNullable(parseDate(column, value));
  }

  private LocalDate parseDate(Column column, String value) {
    LocalDate date = ContractTypes.date(value);
    return date != null ? date : invalid(column, value, "is not a date");
  }

  /** The day an instant falls on in the dataset's time zone. */
  LocalDate dayOf(Instant at) {
    return Days.of(table.zone().localDay(at.getEpochSecond()));
  }

  Instant datetime(Column column) {
    long at = direct(column);
    if (at != Mapping.UNREAD) {
      return Instant.ofEpochSecond(at);
    }
    String value = value(column);
    return value == null ? null : parseDatetime(column, value);
  }

  Optional<Instant> optionalDatetime(Column column) {
    long at = direct(column);
    if (at != Mapping.UNREAD) {
      return Optional.of(Instant.ofEpochSecond(at));
    }
    String value = value(column);
    return value == null ? Optional.empty() : Optional.ofNullable(parseDatetime(column, value));
  }

  private Instant parseDatetime(Column column, String value) {
    Instant at = ContractTypes.datetime(value, table.zone());
    return at != null ? at : invalid(column, value, "is not a datetime");
  }

  /** An amount, checked against the column's declared bound (more than zero, or zero or more). */
  Money money(Column column) {
    long units = direct(column);
    if (units != Mapping.UNREAD && inBounds(column, units)) {
      return new Money(units);
    }
    String value = value(column);
    return value == null ? null : boundedMoney(column, value);
  }

  Optional<Money> optionalMoney(Column column) {
    return Optional.ofNullable(money(column));
  }

  /**
   * A decimal that is not money, such as minutes of staff time, checked as {@link #money(Column)}.
   */
  OptionalDouble optionalNumber(Column column) {
    Money number = money(column);
    return number == null ? OptionalDouble.empty() : OptionalDouble.of(number.toDouble());
  }

  private Money boundedMoney(Column column, String value) {
    long units = ContractTypes.tenThousandths(value);
    if (units == ContractTypes.INVALID) {
      return invalid(column, value, "is not a plain decimal");
    }
    if (units == ContractTypes.TOO_LARGE) {
      return invalid(
          column, value, "is too large", "a plain decimal with at most 14 digits before the point");
    }
    return inBounds(column, units)
        ? new Money(units)
        : invalid(column, value, column.type().violation());
  }

  /** Whether an amount is within the column's declared bound. */
  private static boolean inBounds(Column column, long units) {
    return column.type() == ColumnType.POSITIVE_DECIMAL ? units > 0 : units >= 0;
  }

  /** A yes/no value; an empty field stands for the value the column declares. */
  boolean bool(Column column) {
    Optional<Boolean> value = optionalBool(column);
    return value.isPresent() ? value.get() : column.whenAbsent(Boolean.class);
  }

  Optional<Boolean> optionalBool(Column column) {
    String value = value(column);
    if (value == null) {
      return Optional.empty();
    }
    Boolean parsed = ContractTypes.bool(value);
    return parsed != null
        ? Optional.of(parsed)
        : Optional.ofNullable(invalid(column, value, "is not a yes/no value"));
  }

  /**
   * A whole number from 1 to 5 (severity); an empty field stands for the value the column declares.
   */
  int oneToFive(Column column) {
    OptionalInt value = optionalOneToFive(column);
    return value.isPresent() ? value.getAsInt() : column.whenAbsent(Integer.class);
  }

  /** An optional whole number from 1 to 5 (rating). */
  OptionalInt optionalOneToFive(Column column) {
    String value = value(column);
    if (value == null) {
      return OptionalInt.empty();
    }
    long parsed = ContractTypes.integer(value);
    if (parsed == ContractTypes.INVALID) {
      invalid(column, value, "is not a whole number");
      return OptionalInt.empty();
    }
    if (parsed < 1 || parsed > 5) {
      invalid(column, value, column.type().violation());
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) parsed);
  }

  /** A code; for an optional column, an empty field stands for the code the column declares. */
  <E extends Enum<E> & ContractCode> E code(Column column, Class<E> type) {
    if (!column.required()) {
      Optional<E> code = optionalCode(column, type);
      return code.isPresent() ? code.get() : column.whenAbsent(type);
    }
    String value = value(column);
    return value == null ? null : parseCode(column, type, value);
  }

  <E extends Enum<E> & ContractCode> Optional<E> optionalCode(Column column, Class<E> type) {
    String value = value(column);
    E code = value == null ? null : parseCode(column, type, value);
    if (code == null) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked") // the table holds Optional<E> for the enum E it is keyed by
    Optional<E> shared = (Optional<E>) OPTIONAL_CODES.get(type)[code.ordinal()];
    return shared;
  }

  /** One optional per enum constant, shared by all rows. */
  private static final ClassValue<Optional<?>[]> OPTIONAL_CODES =
      new ClassValue<>() {
        @Override
        protected Optional<?>[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          Optional<?>[] optionals = new Optional<?>[constants.length];
          for (int i = 0; i < constants.length; i++) {
            optionals[i] = Optional.of(constants[i]);
          }
          return optionals;
        }
      };

  private <E extends Enum<E> & ContractCode> E parseCode(
      Column column, Class<E> type, String value) {
    Optional<E> parsed = ContractCode.parse(type, value);
    return parsed.isPresent() ? parsed.get() : invalid(column, value, "is not allowed");
  }
}
