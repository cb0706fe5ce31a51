package com.keepwise.domain;

import java.util.HashMap;
import java.util.Map;

/** Code-to-constant and constant-to-code tables for {@link ContractCode}, built once per enum. */
final class CodeTables {

  /** Each constant's code, by ordinal: the name in lower case. */
  static final ClassValue<String[]> CODES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] codes = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT);
          }
          return codes;
        }
      };

  static final ClassValue<Map<String, Object>> TABLES =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> table = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            table.put(((ContractCode) constant).code(), constant);
          }
          return Map.copyOf(table);
        }
      };

  private CodeTables() {}
}
