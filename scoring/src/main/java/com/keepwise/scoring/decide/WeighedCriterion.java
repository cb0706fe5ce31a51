package com.keepwise.scoring.decide;

import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Measurement;

/**
 * One criterion as it weighed in a decision.
 *
 * @param severity 0 to 1, the highest of the criterion's thresholds; 0 when not measured
 * @param weight the criterion's weight in the customer's segment
 * @param points what it added to its score (0 to 100 points)
 * @param catalogIndex the criterion's position in the catalog, for ordering
 */
public record WeighedCriterion(
    Criterion criterion,
    Measurement measurement,
    double severity,
    double weight,
    double points,
    int catalogIndex) {}
