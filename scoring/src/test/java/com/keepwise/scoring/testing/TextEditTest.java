package com.keepwise.scoring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextEditTest {

  @Test
  void anEditThatFindsNothingFailsTheTestThatMadeIt() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> TextEdit.of("risk_high: 35").replace("risk_hgh", "x"));
    assertTrue(error.getMessage().contains("'risk_hgh'"), error.getMessage());
    assertThrows(AssertionError.class, () -> TextEdit.of("a").remove(""));
  }

  @Test
  void editsChainAndReplaceFirstTakesOnlyTheFirst() {
    assertEquals(
        "weight: 150, weight: 10; b",
        TextEdit.of("weight: 10, weight: 10; a")
            .replaceFirst("weight: 10", "weight: 150")
            .replace("a", "b")
            .text());
    assertEquals("x.y", TextEdit.replaced("x.*", "*", "y"));
  }
}
