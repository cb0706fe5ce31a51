package com.keepwise.domain;

import java.util.HashMap;
import java.util.Map;

/** Code-to-constant tables for {@link ContractCode#parse}, built once per enum. */
final class CodeTables {

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
