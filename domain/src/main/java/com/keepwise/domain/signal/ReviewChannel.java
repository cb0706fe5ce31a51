package com.keepwise.domain.signal;

import com.keepwise.domain.ContractCode;

/** Where a public complaint was made. */
public enum ReviewChannel implements ContractCode {
  REVIEW_SITE,
  SOCIAL,
  FORUM,
  PRESS,
  OTHER
}
