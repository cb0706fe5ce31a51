package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** Whether the customer followed a recommendation we gave. */
public enum AdviceFollowed implements ContractCode {
  YES,
  PARTLY,
  NO
}
