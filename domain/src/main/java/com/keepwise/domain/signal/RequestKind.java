package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** A commercial or scope request. */
public enum RequestKind implements ContractCode {
  DISCOUNT,
  FREE_WORK,
  SCOPE_CHANGE,
  EXTRA_REVISION,
  DEADLINE_PULL_IN,
  RENEGOTIATION,
  OUT_OF_HOURS
}
