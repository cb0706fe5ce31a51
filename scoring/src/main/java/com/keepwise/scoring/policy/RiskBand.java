package com.keepwise.scoring.policy;

/** How much risk a customer carries, by the policy's bands of the risk score. */
public enum RiskBand {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
