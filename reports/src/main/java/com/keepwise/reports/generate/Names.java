package com.keepwise.reports.generate;

import java.util.SplittableRandom;

/**
 * Company names in the scripts and languages of the seeds (Swedish, Japanese, Norwegian, Polish,
 * Persian) and English, some with commas and quotes, as real exports have them.
 */
final class Names {

  private static final String[][] SWEDISH = {
    {"Åkesson", "Björk", "Ström", "Lindqvist", "Öberg", "Hägg", "Sjöberg", "Närke"},
    {" & Söner AB", " Bygg AB", " Konsult AB", " Handel AB", "s Café", " Fastigheter AB"}
  };
  private static final String[][] NORWEGIAN = {
    {"Bjørnstad", "Ødegård", "Sæther", "Håland", "Fjæra", "Løvås", "Brøttum"},
    {" Bygg AS", " Eiendom AS", " & Sønn AS", " Rådgivning AS", " Fisk AS"}
  };
  private static final String[][] POLISH = {
    {"Zakład", "Przedsiębiorstwo", "Spółdzielnia", "Hurtownia", "Piekarnia"},
    {
      " Łódzki Sp. z o.o.",
      " Świętokrzyskie S.A.",
      " Żółty Kot",
      " Gdańskie Sp. j.",
      " Ćma i Wspólnicy"
    }
  };
  private static final String[][] JAPANESE = {
    {"株式会社", "有限会社", "合同会社"},
    {"山田商事", "佐藤製作所", "鈴木物産", "高橋工業", "渡辺システム", "東京ロジスティクス"}
  };
  private static final String[][] PERSIAN = {
    {"شرکت", "گروه", "بازرگانی"},
    {" آریا", " پارس", " مهر", " سپهر", " البرز", " کیان"}
  };
  private static final String[][] ENGLISH = {
    {"Smith, Jones", "Baker, Lee", "Northwind", "Blue Harbour", "Greenfield", "Atlas", "Meridian"},
    {" & Co", " Ltd", " Trading", " Group", ", Inc.", " Partners"}
  };
  private static final String[] QUOTED = {
    "The \"Best\" Bakery",
    "\"Quick\" Fix Ltd",
    "O'Brien & \"Sons\"",
    "Café \"Paris\", Lund",
    "Smith, Smith, and Smith"
  };

  private Names() {}

  static String pick(SplittableRandom random) {
    int script = random.nextInt(100);
    if (script < 6) {
      return QUOTED[random.nextInt(QUOTED.length)];
    }
    String[][] parts =
        script < 30
            ? SWEDISH
            : script < 45
                ? NORWEGIAN
                : script < 60 ? POLISH : script < 70 ? JAPANESE : script < 78 ? PERSIAN : ENGLISH;
    String first = parts[0][random.nextInt(parts[0].length)];
    String second = parts[1][random.nextInt(parts[1].length)];
    return first + second;
  }
}
