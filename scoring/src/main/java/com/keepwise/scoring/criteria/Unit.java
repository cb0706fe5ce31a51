package com.keepwise.scoring.criteria;

/** What a fact counts or measures, so reports can format it. */
public enum Unit {
  COUNT,
  SHARE,
  DAYS,
  MONTHS,
  YEARS,
  MONEY,
  MINUTES,
  RATIO,
  PER_MONTH,
  POINTS,
  LEVEL,
  FLAG
}
