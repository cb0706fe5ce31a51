package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.generate.SyntheticDataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built again into its own directory renders only the customer pages whose inputs changed,
 * keeps the others, and ends up with exactly the files a build from scratch writes.
 */
class IncrementalSiteTest {

  @TempDir static Path shared;
  @TempDir Path temp;

  static Path data;

  @BeforeAll
  static void dataset() throws IOException {
    data = shared.resolve("data");
    SyntheticDataset.write(data, 120, 42);
  }

  /** The default policy with the medium-risk band starting a little later: some decisions move. */
  static LoadedPolicy tweaked() {
    String text = PolicyLoader.defaultPolicyText();
    String tweak = text.replace("  risk_medium: 15\n", "  risk_medium: 18\n");
    assertNotEquals(text, tweak, "the default policy has the band the tweak moves");
    return new PolicyLoader().load("tweaked.yaml", tweak).policy().orElseThrow();
  }

  static SiteBuilder.Summary build(LoadedPolicy policy, SiteOptions options, Path out)
      throws IOException {
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), policy);
    return new SiteBuilder(review, options, Progress.NONE).build(out);
  }

  static SiteOptions options() {
    // review.pdf is written again by every build (it prints the overview); left out to stay quick.
    return SiteOptions.defaults("Review", data).withPdf(SiteOptions.PdfOptions.OFF);
  }

  @Test
  void aRebuildAfterAPolicyChangeRendersOnlyChangedPagesAndEqualsAFullBuild() throws IOException {
    Path site = temp.resolve("site");
    SiteBuilder.Summary first = build(PolicyLoader.defaultPolicy(), options(), site);
    assertEquals(0, first.unchanged());
    Map<String, String> before = SiteBuilderTest.files(site);

    SiteBuilder.Summary rebuilt = build(tweaked(), options(), site);
    SiteBuilder.Summary full = build(tweaked(), options(), temp.resolve("full"));
    Map<String, String> after = SiteBuilderTest.files(site);
    assertEquals(SiteBuilderTest.files(temp.resolve("full")), after, "same bytes as a full build");
    assertEquals(0, full.unchanged());

    java.util.List<String> pages =
        after.get(PreviousPages.FILE_NAME).lines().skip(1).map(l -> l.split(" ")[1]).toList();
    long changed = pages.stream().filter(p -> !after.get(p).equals(before.get(p))).count();
    long customerPages = rebuilt.customerPages();
    assertEquals(customerPages, pages.size());
    assertTrue(changed > 0 && changed < customerPages / 2, changed + " of " + customerPages);
    assertEquals(
        customerPages - changed,
        rebuilt.unchanged(),
        "every unchanged customer page is kept, every changed one rendered");
  }

  @Test
  void anotherTemplateOrSiteOptionRendersEveryPageAgain() throws IOException {
    Path site = temp.resolve("site");
    build(PolicyLoader.defaultPolicy(), options(), site);
    assertEquals(
        0,
        build(
                PolicyLoader.defaultPolicy(),
                SiteOptions.defaults("Another title", data).withPdf(SiteOptions.PdfOptions.OFF),
                site)
            .unchanged());
    build(PolicyLoader.defaultPolicy(), options(), site);
    SiteBuilder.Summary same = build(PolicyLoader.defaultPolicy(), options(), site);
    assertEquals(same.customerPages(), same.unchanged(), "nothing changed: every page kept");

    Path templates = Files.createDirectories(temp.resolve("templates").resolve("pages"));
    Files.writeString(
        templates.resolve("customer.ftlh"),
        new String(
                SiteBuilder.class
                    .getResourceAsStream(Templates.ROOT + "/pages/customer.ftlh")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            + "<#-- changed -->\n");
    SiteOptions overridden =
        new SiteOptions(
            options().title(),
            options().client(),
            options().locale(),
            java.util.Optional.of(temp.resolve("templates")),
            options().pseudonymise(),
            options().segments(),
            options().sections(),
            options().reviewedOn(),
            options().dataDir(),
            options().currencySymbol(),
            options().labels(),
            options().audience(),
            options().letterHead(),
            options().pdf());
    assertEquals(0, build(PolicyLoader.defaultPolicy(), overridden, site).unchanged());
  }
}
