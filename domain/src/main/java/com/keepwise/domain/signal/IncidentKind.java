package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** Behaviour towards staff, honesty or ethics. */
public enum IncidentKind implements ContractCode {
  PERSONAL_ATTACK,
  THREAT,
  PUBLIC_SHAMING,
  AGGRESSIVE_ACCUSATION,
  RUDENESS,
  DISHONESTY,
  UNETHICAL_REQUEST
}
