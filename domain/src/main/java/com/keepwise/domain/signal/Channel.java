package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** How an interaction reached us or the customer. */
public enum Channel implements ContractCode {
  CALL,
  EMAIL,
  SMS,
  CHAT,
  VOICEMAIL,
  MEETING,
  OTHER
}
