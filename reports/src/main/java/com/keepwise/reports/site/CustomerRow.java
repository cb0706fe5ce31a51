package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;

/**
 * One customer as the overview and the tables show them: what they are called on the site, the
 * decision, and where their page is.
 *
 * @param topReason the strongest reason's code, empty when there is none
 * @param href the customer page, relative to the site's root; empty when no page is built
 * @param cell the policy's risk × value cell: risk band × value bands + value band
 */
public record CustomerRow(
    String id,
    String name,
    String segment,
    Action action,
    double risk,
    double value,
    String topReason,
    String topFact,
    double revenue,
    String href,
    int cell) {}
