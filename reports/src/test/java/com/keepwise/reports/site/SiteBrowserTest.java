package com.keepwise.reports.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.keepwise.reports.dataset.Dataset;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.reports.testing.DatasetFiles;
import com.keepwise.scoring.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser (Debian's Chromium, headless) opens the overview, a segment review and a customer
 * page of a generated site from the file system: no console errors, styles and script loaded, the
 * table sorts and filters. Screenshots go to target/screenshots.
 */
class SiteBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path temp;
  static Path site;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian's chromium and chromium-driver (.ci/run installs them)");
    DatasetFiles files = SiteBuilderTest.hostile();
    for (int i = 0; i < 30; i++) {
      files.customer("S%02d".formatted(i), "Shop %02d".formatted(i), "smb", Integer.toString(1_000 + 997 * i));
    }
    Path data = files.writeTo(temp.resolve("data"));
    site = temp.resolve("site");
    PortfolioReview review = PortfolioReview.of(Dataset.open(data), PolicyLoader.defaultPolicy());
    new SiteBuilder(review, SiteOptions.defaults("Browser review", data), Progress.NONE).build(site);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  static void open(String page) {
    browser.get(site.resolve(page).toUri().toString());
  }

  static List<String> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void overviewOpensWithStylesAndWithoutErrors() throws IOException {
    open("index.html");
    assertEquals("Overview · Browser review", browser.getTitle());
    assertEquals("rgba(28, 36, 48, 1)", browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color"),
        "the stylesheet loaded");
    screenshot("overview");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void segmentTableSortsAndFilters() throws IOException {
    String segment;
    try (Stream<Path> files = Files.list(site.resolve("segments"))) {
      segment = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("smb-")).findFirst().orElseThrow();
    }
    open("segments/" + segment);
    WebElement table = browser.findElement(By.id("segment-table"));
    WebElement revenueHeader = table.findElements(By.cssSelector("thead th")).get(6);
    revenueHeader.findElement(By.tagName("button")).click();
    assertEquals("ascending", revenueHeader.getAttribute("aria-sort"));
    List<Double> ascending = column(table, 6);
    assertEquals(ascending.stream().sorted().toList(), ascending);
    revenueHeader.findElement(By.tagName("button")).click();
    assertEquals("descending", revenueHeader.getAttribute("aria-sort"));
    List<Double> descending = column(table, 6);
    assertEquals(descending.stream().sorted((a, b) -> Double.compare(b, a)).toList(), descending);

    browser.findElement(By.cssSelector(".filter-text")).sendKeys("Shop 1");
    long visible = table.findElements(By.cssSelector("tbody tr")).stream().filter(WebElement::isDisplayed).count();
    assertEquals(10, visible, "Shop 10 to Shop 19");
    screenshot("segment");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void customerPageOpensWithItsEvidenceAndWithoutErrors() throws IOException {
    String page;
    try (Stream<Path> files = Files.list(site.resolve("customers"))) {
      page = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("etc-passwd-")).findFirst().orElseThrow();
    }
    open("customers/" + page);
    assertEquals("<script>alert('x')</script>", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.cssSelector(".verdict")).getText().contains("Exit now"));
    assertTrue(browser.findElements(By.cssSelector(".timeline tbody tr")).size() >= 1);
    screenshot("customer");
    assertEquals(List.of(), consoleErrors());
  }

  private static List<Double> column(WebElement table, int index) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(index).getAttribute("data-sort"))
        .map(Double::parseDouble)
        .toList();
  }

}
