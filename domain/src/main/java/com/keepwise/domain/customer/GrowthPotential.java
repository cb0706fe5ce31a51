package com.keepwise.domain.customer;

import com.keepwise.domain.ContractCode;

/** Realistic potential for more business with a customer. */
public enum GrowthPotential implements ContractCode {
  NONE,
  LOW,
  MEDIUM,
  HIGH
}
