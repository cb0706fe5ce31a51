package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** What became of a meeting; {@code DECLINED}: the customer refused to set it up. */
public enum MeetingOutcome implements ContractCode {
  HELD,
  NO_SHOW,
  CANCELLED_LATE,
  CANCELLED,
  DECLINED
}
