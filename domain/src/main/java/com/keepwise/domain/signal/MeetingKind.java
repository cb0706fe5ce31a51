package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** What a meeting was for. */
public enum MeetingKind implements ContractCode {
  CHECK_IN,
  REVIEW,
  ONBOARDING,
  OTHER
}
