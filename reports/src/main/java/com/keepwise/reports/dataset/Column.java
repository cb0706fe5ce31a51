package com.keepwise.reports.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A column of a contract file, as declared by its {@link Schema}: its name, type and constraint,
 * whether it is required, its codes, what an empty field stands for, and what it means.
 */
public final class Column {

  private final int ordinal;
  private final String header;
  private final ColumnType type;
  private final boolean required;
  private final List<String> codes;
  private final Object whenAbsent;
  private final String absentMeans;
  private final String meaning;
  private final String expected;

  Column(
      int ordinal,
      String header,
      ColumnType type,
      boolean required,
      List<String> codes,
      Object whenAbsent,
      String absentMeans,
      String meaning) {
    this.ordinal = ordinal;
    this.header = header;
    this.type = type;
    this.required = required;
    this.codes = List.copyOf(codes);
    this.whenAbsent = whenAbsent;
    this.absentMeans = absentMeans;
    this.meaning = meaning;
    this.expected = codes.isEmpty() ? type.expected() : String.join("/", codes);
  }

  /** The column's position in its schema (not in the file, where the order is free). */
  int ordinal() {
    return ordinal;
  }

  /** The column's name in the header row. */
  public String header() {
    return header;
  }

  public ColumnType type() {
    return type;
  }

  public boolean required() {
    return required;
  }

  /**
   * The codes a {@link ColumnType#CODE} column allows, as written in the files; empty for other
   * types.
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * What an empty field of an optional column stands for, in words ({@code false}, {@code normal});
   * empty when nothing.
   */
  public Optional<String> absentMeans() {
    return absentMeans.isEmpty() ? Optional.empty() : Optional.of(absentMeans);
  }

  /**
   * What the column means, for the user's documentation; may be empty when the name says it all.
   */
  public String meaning() {
    return meaning;
  }

  /** What a value of this column looks like, for "expected …" in messages. */
  String expected() {
    return expected;
  }

  /**
   * The value an empty field stands for, as declared; a declaration without one is a bug of the
   * reader.
   */
  <T> T whenAbsent(Class<T> type) {
    if (!type.isInstance(whenAbsent)) {
      throw new IllegalStateException(
          header + " declares no " + type.getSimpleName() + " for an empty field");
    }
    return type.cast(whenAbsent);
  }

  @Override
  public String toString() {
    return header;
  }
}
