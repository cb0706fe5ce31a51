package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.Severity;
import com.keepwise.scoring.constraint.Share;
import com.keepwise.scoring.criteria.CostModel;
import com.keepwise.scoring.criteria.IdealCustomerProfile;
import com.keepwise.scoring.criteria.NewCustomers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer policy, as written in YAML: which criteria weigh how much, how facts become
 * severities, how scores become actions, and the rules and protections around them. Meant to be
 * read and reviewed in pull requests; see the default policy for a commented example.
 */
public record Policy(
    @NotNull(message = "is required (expected 1)")
        @Min(value = 1, message = "is ${validatedValue} (expected 1)")
        @Max(value = 1, message = "is ${validatedValue} (expected 1)")
        @JsonPropertyDescription("The policy format's version; 1.")
        Integer version,
    @JsonPropertyDescription("A name for the policy, shown in reports.") Optional<String> name,
    @NotNull(message = "is required (expected window_months and recent_months)")
        @Valid
        @JsonPropertyDescription("How far back the review looks.")
        ReviewPeriod review,
    @NotNull(message = "is required (expected time_zone, days, open and close)")
        @Valid
        @JsonPropertyDescription("When the business answers.")
        BusinessHoursPolicy businessHours,
    @NotNull(message = "is required (expected ticket, staff_minute, meeting and gross_margin)")
        @Valid
        @JsonPropertyDescription("What serving a customer costs.")
        CostModel costModel,
    @NotNull(message = "is required (expected segments, industries, regions and tiers)")
        @Valid
        @JsonPropertyDescription("The customers the business serves best.")
        IdealCustomerProfile idealCustomerProfile,
    @JsonPropertyDescription(
            "Customers still settling in: judged from their start date, with more attention allowed (004 #4)."
                + " Without it, no contact allowance.")
        Optional<@Valid NewCustomers> newCustomers,
    @NotNull(message = "is required (expected the risk criteria with weights and thresholds)")
        @JsonPropertyDescription("Risk criteria, by id: weight and thresholds.")
        Map<String, @Valid CriterionWeight> criteria,
    @NotNull(message = "is required (expected the value factors with weights and thresholds)")
        @JsonPropertyDescription("Value factors, by id: weight and thresholds.")
        Map<String, @Valid CriterionWeight> value,
    @NotNull(message = "is required (expected a share, like 0.25)")
        @Share(min = "0.01")
        @JsonPropertyDescription(
            "The risk score reaches 100 when weighted severities add up to this share of all the risk weights.")
        Double fullRiskShare,
    @NotNull(message = "is required (expected a severity, like 0.5)")
        @Severity
        @JsonPropertyDescription(
            "A criterion with at least this severity counts as a problem (for several_problems and problem_caps).")
        Double problemSeverity,
    @NotNull(message = "is required (expected the score bands)")
        @Valid
        @JsonPropertyDescription("Where the risk and value bands start.")
        Bands bands,
    @NotNull(message = "is required (expected the decision matrix)")
        @Valid
        @JsonPropertyDescription("Risk band × value band → action.")
        Matrix matrix,
    @NotNull(message = "is required (expected a list of rules, possibly empty)")
        @JsonPropertyDescription(
            "Rules that decide the action whatever the scores, tried in order.")
        List<@Valid HardRule> hardRules,
    @NotNull(message = "is required (expected min_problems, value_bands, at_least and not_counted)")
        @Valid
        @JsonPropertyDescription(
            "Several problems at once, and not valuable: refer elsewhere first (002).")
        SeveralProblems severalProblems,
    @NotNull(message = "is required (expected a list of caps, possibly empty)")
        @JsonPropertyDescription(
            "Caps for customers whose problems are all of a kind, applied in order.")
        List<@Valid ProblemCap> problemCaps,
    @JsonPropertyDescription(
            "Patterns to part ways over, which new terms cannot fix: the action is at least theirs, and only the"
                + " protections they name still hold. Without it, none.")
        Optional<List<@Valid PartingRule>> partWays,
    @JsonPropertyDescription(
            "A customer for this many years counts as long-standing (customer.long_standing), with or without the"
                + " relationship column. Without it, only the relationship column says so.")
        Optional<
                @DecimalMin(
                    value = "1",
                    message = "is ${validatedValue} (expected a number of years from 1 to 100)")
                @DecimalMax(
                    value = "100",
                    message = "is ${validatedValue} (expected a number of years from 1 to 100)")
                Double>
            longStandingYears,
    @NotNull(message = "is required (expected a list of protections, possibly empty)")
        @JsonPropertyDescription(
            "Reasons to expect change, which cap the action unless a hard rule decided.")
        List<@Valid Protection> protections,
    @NotNull(message = "is required (expected max_recent_problems and not_with)")
        @Valid
        @JsonPropertyDescription("When a customer counts as improving.")
        TrendPolicy trend,
    @NotNull(message = "is required (expected a mapping of segments, possibly empty)")
        @JsonPropertyDescription(
            "What segments do differently, by segment name as in customers.csv.")
        Map<String, @Valid SegmentOverride> segments) {

  /** The new-customer settings, or none (no one gets a contact allowance). */
  public NewCustomers newCustomersOrNone() {
    return newCustomers == null ? NewCustomers.NONE : newCustomers.orElse(NewCustomers.NONE);
  }

  /** The patterns to part ways over, possibly none. */
  public List<PartingRule> partWaysOrNone() {
    return partWays == null ? List.of() : partWays.orElse(List.of());
  }
}
