package com.keepwise.scoring.yaml;

import com.keepwise.domain.ContractCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a value of a Java type looks like in YAML, for "(expected …)" in messages. */
final class Expectations {

  private Expectations() {}

  /**
   * An enum's values as written in YAML: contract codes ({@code long_standing}) or constant names.
   */
  static List<String> codes(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c instanceof ContractCode code ? code.code() : c.toString())
        .toList();
  }

  static String of(Class<?> type) {
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == java.math.BigDecimal.class) {
      return "a number like 2.5";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number like 3";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == LocalDate.class) {
      return "a date like 2026-11-01";
    }
    if (type == LocalTime.class) {
      return "a time like 08:30";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", codes(type));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values";
    }
    return "a " + type.getSimpleName();
  }
}
