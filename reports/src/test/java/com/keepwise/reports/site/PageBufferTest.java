package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBufferTest {

  /** Text of every width in UTF-8, a pair of surrogates, and one left alone. */
  private static final String MIXED =
      "Åkesson & Sønn <b> 合同会社鈴木物産 شرکت آریا \uD83D\uDE00 lone \uD800 end\n";

  @Test
  void savesTheBytesStringWouldAndDigestsThem(@TempDir Path dir) throws IOException {
    PageBuffer page = new PageBuffer();
    Path file = dir.resolve("page.html");
    for (int copies : new int[] {1, 5_000, 3}) { // past the kept buffers, then back under them
      String text = MIXED.repeat(copies);
      page.reset().write(text);
      page.saveTo(file);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
      assertEquals(Fingerprints.of(text), page.sha256());
      assertEquals(Fingerprints.of(text), page.sha256(), "digesting again gives the same");
    }
  }

  @Test
  void aShorterPageReplacesALongerOneWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(file, "x".repeat(100_000));
    PageBuffer page = new PageBuffer();
    page.reset().write("<p>short</p>");
    page.saveTo(file);
    assertEquals("<p>short</p>", Files.readString(file));
  }
}
