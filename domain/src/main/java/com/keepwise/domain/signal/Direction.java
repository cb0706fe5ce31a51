package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** Who started an interaction: inbound means the customer contacted us. */
public enum Direction implements ContractCode {
  INBOUND,
  OUTBOUND
}
