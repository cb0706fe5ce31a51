package com.keepwise.scoring.yaml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What a value of a Java type looks like in YAML, for "(expected …)" in messages. */
final class Expectations {

  private Expectations() {}

  static String of(Class<?> type) {
    if (type == Double.class || type == double.class || type == Float.class || type == java.math.BigDecimal.class) {
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
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
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
