package com.keepwise.domain;

import java.util.Optional;

/**
 * An enum whose constants appear in the data contract as lower-case snake_case codes ({@code
 * LONG_STANDING} is written {@code long_standing}).
 */
public interface ContractCode {

  /** The enum constant's name; implemented by every enum. */
  String name();

  /** The enum constant's position; implemented by every enum. */
  int ordinal();

  /** The code as written in the files (computed once per constant). */
  default String code() {
    return CodeTables.CODES
        .get(getClass().isEnum() ? getClass() : getClass().getSuperclass())[ordinal()];
  }

  /** The constant whose code is exactly {@code code}, if any. */
  static <E extends Enum<E> & ContractCode> Optional<E> parse(Class<E> type, String code) {
    return Optional.ofNullable(type.cast(CodeTables.TABLES.get(type).get(code)));
  }

  /** All codes of an enum, joined with {@code /}, for "expected" messages. */
  static <E extends Enum<E> & ContractCode> String choices(Class<E> type) {
    StringBuilder out = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(constant.code());
    }
    return out.toString();
  }
}
