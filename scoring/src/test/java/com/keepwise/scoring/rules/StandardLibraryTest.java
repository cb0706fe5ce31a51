package com.keepwise.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A condition has CEL's whole standard library, as CEL's own standard environment declares it (the
 * compiler is given those declarations made once, not CEL's environment made anew for every
 * condition): every kind of standard function type-checks, comparisons across number types too.
 */
class StandardLibraryTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1 < 1.5",
        "2.5 >= 2",
        "1u < 2",
        "1 + 2 * 3 - 4 / 2 % 3 == 5",
        "-1.5 < 0.0",
        "int(2.7) == 2",
        "int('3') == 3",
        "uint(1) == 1u",
        "double(1) == 1.0",
        "string(1) == '1'",
        "bool('true')",
        "bytes('a') == b'a'",
        "type(1) == int",
        "dyn(1) == 1",
        "size('abc') == 3 && 'abc'.size() == 3",
        "'abc'.startsWith('a') && 'abc'.endsWith('c') && 'abc'.contains('b')",
        "'ab'.matches('a.')",
        "'a' + 'b' == 'ab'",
        "[1, 2] + [3] == [1, 2, 3]",
        "1 in [1, 2] && 'a' in {'a': 1}",
        "[1, 2].exists(x, x > 1) && [1, 2].all(x, x > 0) && [1, 2].exists_one(x, x == 2)",
        "[1, 2].map(x, x * 2) == [2, 4] && [1, 2].filter(x, x > 1) == [2]",
        "timestamp('2026-01-01T00:00:00Z') < timestamp('2026-01-02T00:00:00Z')",
        "timestamp('2026-01-01T00:00:00Z').getFullYear() == 2026",
        "duration('1h') > duration('1m') && duration('90s').getSeconds() == 90",
        "true ? !false : false",
      })
  void aStandardFunctionTypeChecks(String condition) {
    assertEquals(List.of(), RuleCompiler.shared().compile(condition).issues());
  }
}
