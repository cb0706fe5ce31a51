package com.keepwise.reports.cli;

import com.keepwise.reports.Staging;
import com.keepwise.reports.generate.Shape;
import com.keepwise.reports.generate.SyntheticDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keepwise generate}: a realistic synthetic dataset of any size. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic dataset per the data contract: several segments, skewed revenue, mostly healthy customers"
          + " and a minority showing each bad behaviour of the criteria catalog, about 30 event rows a customer.",
      "By default the files look like real systems' exports: each in time order with customers interleaved,"
          + " columns in their own order, timestamps to the second, notes over several lines; --shape grouped writes"
          + " each customer's rows together, in the contract's column order.",
      "The same --customers, --seed and --shape give byte-identical files."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand KeepwiseCli root;

  @Option(
      names = "--customers",
      paramLabel = "N",
      required = true,
      description = "How many customers (1 or more).")
  int customers;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--shape",
      paramLabel = "SHAPE",
      defaultValue = "export",
      converter = ShapeConverter.class,
      completionCandidates = ShapeConverter.Names.class,
      description =
          "export (as systems write them) or grouped (each customer's rows together). Default: ${DEFAULT-VALUE}.")
  Shape shape;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "A new or empty directory to write the dataset into.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (customers < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--customers must be 1 or more");
    }
    SyntheticDataset.Written written;
    try {
      written =
          Staging.newDirectory(
              out,
              "generating",
              dir ->
                  SyntheticDataset.write(
                      dir,
                      customers,
                      seed,
                      shape,
                      done -> root.progress().update("generating customers", done, customers)));
      root.endProgress();
    } catch (Staging.TargetInUse e) {
      throw InvalidInputException.of(e.getMessage());
    }
    PrintWriter printed = spec.commandLine().getOut();
    long rows = written.rows().values().stream().mapToLong(Long::longValue).sum();
    printed.printf(
        Locale.ROOT,
        "Wrote %,d %s and %,d event %s (%,d bytes) to %s%n",
        written.customers(),
        written.customers() == 1 ? "customer" : "customers",
        rows - written.customers(),
        rows - written.customers() == 1 ? "row" : "rows",
        written.bytes(),
        out);
    written
        .rows()
        .forEach(
            (file, n) ->
                printed.printf(
                    Locale.ROOT, "  %-17s %,12d %s%n", file, n, n == 1 ? "row" : "rows"));
    printed.flush();
    return ExitCodes.SUCCESS;
  }

  /** Shapes by their lower-case names. */
  static final class ShapeConverter implements picocli.CommandLine.ITypeConverter<Shape> {
    @Override
    public Shape convert(String value) {
      for (Shape shape : Shape.values()) {
        if (shape.name().toLowerCase(Locale.ROOT).equals(value)) {
          return shape;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a shape (expected export or grouped)");
    }

    /** The names, for help and completion. */
    static final class Names extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(java.util.List.of("export", "grouped"));
      }
    }
  }
}
