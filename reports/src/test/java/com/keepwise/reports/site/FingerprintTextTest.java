package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.keepwise.domain.decision.Phrase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page is kept from the previous site when its fingerprint is the same: phrases that could read
 * differently on the page must never be written the same into it.
 */
class FingerprintTextTest {

  private static String said(Phrase phrase) {
    StringBuilder text = new StringBuilder();
    CustomerPage.said(text, phrase);
    return text.toString();
  }

  @Test
  void aTextWithACommaIsNotTwoTexts() {
    // A record's toString writes both as [smb, enterprise].
    assertNotEquals(
        said(Phrase.of("profile.segment", "smb, enterprise")),
        said(Phrase.of("profile.segment", "smb", "enterprise")));
    assertNotEquals(
        said(Phrase.of("profile.segment", "smb, enterprise")),
        said(Phrase.of("profile.segment", List.of("smb", "enterprise"))));
    assertNotEquals(
        said(Phrase.of("k", "a b", "c")), said(Phrase.of("k", "a", "b c")), "where a text ends");
  }

  @Test
  void aNumberIsNotItsText() {
    assertNotEquals(said(Phrase.of("late", 5L)), said(Phrase.of("late", "5")));
    assertNotEquals(said(Phrase.of("late", 5L)), said(Phrase.of("late", 5.0)));
  }

  @Test
  void numbersAreWrittenExactly() {
    assertNotEquals(said(Phrase.of("share", 0.3)), said(Phrase.of("share", 0.1 + 0.2)));
    assertEquals(said(Phrase.of("share", 0.1 + 0.2)), said(Phrase.of("share", 0.1 + 0.2)));
  }

  @Test
  void nestedPhrasesAreTheirOwnParts() {
    assertNotEquals(
        said(Phrase.of("k", Phrase.of("inner", "a"), "b")),
        said(Phrase.of("k", Phrase.of("inner", "a", "b"))));
    assertNotEquals(
        said(Phrase.of("since", LocalDate.of(2026, 1, 2))), said(Phrase.of("since", "2026-01-02")));
  }
}
