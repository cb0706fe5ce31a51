package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** Priority of a support ticket. */
public enum TicketPriority implements ContractCode {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
