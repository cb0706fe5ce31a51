package com.keepwise.domain.customer;

import com.keepwise.domain.ContractCode;

/** The kind of relationship; a long-time or personal one deserves extra patience. */
public enum Relationship implements ContractCode {
  STANDARD,
  LONG_STANDING,
  PERSONAL
}
