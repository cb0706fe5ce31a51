package com.keepwise.reports.cli;

import com.keepwise.reports.explain.PlainExplanation;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.review.Timings;
import com.keepwise.scoring.decide.Assessment;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keepwise explain}: one customer's decision, reasons and evidence, for a terminal. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Show one customer's decision: scores, the steps that led to the action, the reasons in"
            + " plain words, every criterion weighed, and the evidence rows behind them.")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;
  @Mixin DataOption data;
  @Mixin PolicyOption policy;

  @Parameters(paramLabel = "CUSTOMER_ID", description = "The customer_id, as in customers.csv.")
  String customerId;

  @Override
  public Integer call() throws IOException {
    PortfolioReview review =
        data.review(policy::load, spec.commandLine().getErr(), new Timings(), root.progress());
    root.endProgress();
    Assessment assessment =
        review
            .assess(customerId)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "customer '"
                            + customerId
                            + "' is not in "
                            + data.data.resolve("customers.csv")
                            + (data.lenient ? " (or its row was skipped)" : "")
                            + review
                                .idAlike(customerId)
                                .map(
                                    id ->
                                        "; did you mean '"
                                            + id
                                            + "'? (ids match exactly, case too)")
                                .orElse("")));
    new PlainExplanation(review, data.data).print(assessment, spec.commandLine().getOut());
    return ExitCodes.SUCCESS;
  }
}
