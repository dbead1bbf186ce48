package org.kenmon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kenmon.server.Demo;
import org.kenmon.server.api.Json;
import org.kenmon.server.testing.Browser;
import org.kenmon.server.testing.Http;
import org.kenmon.server.testing.TestServer;
import org.kenmon.store.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in headless Chromium, as a newcomer uses it after {@code kenmon serve --demo}: sign
 * in with the printed link, screen an example and read the verdict, the regime timeline, an
 * agreement's what-if, a hold released by hand, two list versions compared; all from the
 * keyboard too, and printable. Each flow saves a screenshot in {@code target/browser/}.
 *
 * <p>One service and one browser for the class: Chromium takes a second or two to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private TestServer server;
  private Browser browser;
  private Path dir;
  private String base;
  private String adminKey;

  @BeforeAll
  void start() throws IOException {
    dir = Files.createTempDirectory("kenmon-browser");
    server = TestServer.start(TestDatabase.H2, dir);
    adminKey = Demo.prepare(server.server).key();
    base = server.server.url();
    browser = Browser.start();
    signIn();
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * A script that fails (a missing asset, an error in charts.js) shows in the console: none may.
   * Chrome also logs every 401 and 422 page, which the tests cause on purpose (a wrong key, a bad
   * record); those are not errors of the UI.
   */
  @AfterEach
  void noErrorsInTheConsole() {
    List<String> errors = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico"))
        .filter(m -> !m.matches(".*Failed to load resource: the server responded with a status of (401|422) .*"))
        .collect(Collectors.toList());
    assertThat(errors).as("console errors").isEmpty();
  }

  /** A wrong key is refused on the page; the link --demo prints signs in and lands on Screen. */
  private void signIn() {
    browser.open(base + "signin");
    WebElement key = browser.find("#key");
    key.sendKeys("kenmon_0000000000_not-a-key", Keys.ENTER);
    browser.awaitText("That key is not valid");
    browser.open(base + "signin#key=" + adminKey);
    browser.await("nav[aria-label=Sections]");
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(base + "screen");
    assertThat(browser.find(".who").getText()).contains(Demo.KEY_NAME).contains("admin");
  }

  @Test
  void screenAnExampleAndReadTheVerdictWithItsEvidence() {
    browser.open(base + "screen");
    new Select(browser.find("#example")).selectByValue("S-01");
    browser.find("form.inline button[type=submit]").click();
    browser.awaitUrl("example=S-01");
    assertThat(browser.find("#transaction").getAttribute("value")).contains("\"S-01\"");
    browser.find("button.primary").click();
    WebElement verdict = browser.await("#verdict .verdict-head");
    assertThat(verdict.getText()).contains("PROHIBITED").contains("S-01");
    String text = browser.find("#verdict").getText();
    assertThat(text).contains("Evidence").contains("Legal basis").contains("Sources");
    // htmx swapped the verdict in: the page was not reloaded, the URL is the form's.
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(base + "screen?example=S-01");
    browser.screenshot("01-screen-verdict");
  }

  @Test
  void aBadRecordShowsTheFieldAtFault() {
    browser.open(base + "screen");
    WebElement tx = browser.find("#transaction");
    tx.clear();
    tx.sendKeys("{\"id\": \"X-1\", \"date\": \"2014-13-01\", \"type\": \"payment\", \"amount\": 5, \"currency\": "
        + "\"JPY\"}");
    browser.find("button.primary").click();
    WebElement faults = browser.await("#verdict table.grid");
    assertThat(faults.getText()).contains("Fields at fault").contains("date");
    browser.screenshot("02-screen-bad-record");
  }

  @Test
  void theScreenFormWorksFromTheKeyboardAlone() {
    browser.open(base + "screen");
    WebElement body = browser.find("body");
    body.sendKeys(Keys.TAB);
    assertThat(active().getText()).isEqualTo("Skip to content");
    active().sendKeys(Keys.ENTER);
    assertThat(active().getAttribute("id")).isEqualTo("main");
    // From the start of the content, Tab reaches every control of the form, the Screen button last.
    for (int i = 0; i < 40 && !"Screen".equals(active().getText()); i++) {
      active().sendKeys(Keys.TAB);
    }
    assertThat(active().getText()).isEqualTo("Screen");
    active().sendKeys(Keys.ENTER);
    assertThat(browser.await("#verdict .verdict-head").getText()).contains("S-01");
    // A visible focus ring: the focused control is outlined.
    assertThat(browser.js("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
  }

  @Test
  void theTimelineChartsTheMeasuresAndMarksJuly2014AndFebruary2016() {
    browser.open(base + "timeline");
    browser.await("#timeline-chart canvas");
    JsonNode data = json(browser.find("#timeline-data").getAttribute("textContent"));
    List<String> japan = data.path("key_periods").findValuesAsText("from").stream().collect(Collectors.toList());
    assertThat(japan).anyMatch(d -> d.startsWith("2014-07")).anyMatch(d -> d.startsWith("2016-02"));
    Number width = (Number) browser.js("return document.querySelector('#timeline-chart canvas').width");
    assertThat(width.intValue()).isGreaterThan(300);
    String keyChanges = browser.find("section[aria-labelledby=keys-h]").getText();
    assertThat(keyChanges).contains("2014-07").contains("2016-02");
    browser.screenshot("03-timeline");
    WebElement july = browser.driver.findElement(By.xpath(
        "//section[@aria-labelledby='keys-h']//tr[td[1]='JP' and contains(td[2], '2014-07')]//a"));
    july.click();
    browser.awaitText("What changed from");
    assertThat(browser.text()).contains("2014-07-0");
    browser.screenshot("04-regime-diff-july-2014");
  }

  @Test
  void anAgreementsDiffAndWhatIfWithCharts() {
    browser.open(base + "agreements");
    browser.driver.findElement(By.partialLinkText("Stockholm")).click();
    browser.awaitText("What it changes on");
    assertThat(browser.find("table.bars").getText()).contains("Withdrawn or suspended");
    browser.driver.findElement(By.xpath("//button[normalize-space()='Run what-if']")).click();
    WebElement counts = browser.await("#whatif-counts");
    assertThat(browser.find("#whatif-result").getText()).contains("transactions compared");
    assertThat(counts.findElements(By.cssSelector("span.bar"))).isNotEmpty();
    browser.screenshot("05-agreement-whatif");
  }

  @Test
  void aHoldItsHistoryAndARelease() {
    browser.open(base + "holds?status=held");
    WebElement row = browser.driver.findElement(By.xpath("//table[contains(@class,'grid')]//tr[td[4]='P-01']"));
    row.findElement(By.tagName("a")).click();
    browser.awaitText("History");
    assertThat(browser.find("h1").getText()).contains("P-01");
    assertThat(browser.find("ol.events").getText()).contains("HELD");
    browser.screenshot("06-hold");
    browser.find("#reason").sendKeys("METI licence 2014-0042 (browser test)");
    browser.driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Release hold')]")).click();
    browser.awaitText("Released by hand");
    assertThat(browser.find(".verdict-head").getText()).contains("RELEASED");
    assertThat(browser.find("ol.events").getText()).contains("RELEASED BY HAND")
        .contains("key:" + Demo.KEY_NAME).contains("METI licence 2014-0042");
    browser.screenshot("07-hold-released");
  }

  @Test
  void twoListVersionsCompared() throws IOException {
    Http.Answer v1 = server.http.postBytes("/api/v1/lists?format=un-xml", adminKey, "application/xml",
        resource("/lists/UN_excerpt.xml"));
    assertThat(v1.status()).as(v1.toString()).isIn(200, 201);
    Http.Answer v2 = server.http.postBytes("/api/v1/lists?format=un-xml&as_of=2026-03-15", adminKey,
        "application/xml", resource("/lists/UN_excerpt_v2.xml"));
    assertThat(v2.status()).as(v2.toString()).isIn(200, 201);
    browser.open(base + "lists");
    assertThat(browser.text()).contains("Stored versions");
    browser.driver.findElement(By.xpath("//button[normalize-space()='Compare']")).click();
    browser.awaitText("unchanged.");
    assertThat(browser.find("h1").getText()).startsWith("From");
    assertThat(browser.find(".lede").getText()).matches("\\d+ added, \\d+ removed, \\d+ changed, \\d+ unchanged\\.");
    browser.screenshot("08-list-diff");
  }

  @Test
  void pagesPrintWithoutTheNavigationAndForms() throws IOException {
    browser.open(base + "screen?example=P-01");
    browser.find("button.primary").click();
    browser.await("#verdict .verdict-head");
    browser.printMedia();
    try {
      assertThat(browser.find("header.top").isDisplayed()).isFalse();
      assertThat(browser.find("#transaction").isDisplayed()).isFalse();
      assertThat(browser.find("#verdict").isDisplayed()).isTrue();
      // Printed, the record screened is shown with the verdict (the form is not printed).
      // (Selenium's isDisplayed calls a closed details' content hidden whatever the CSS says: ask the layout.)
      WebElement record = browser.find("#verdict details.screened pre");
      assertThat(browser.js("return arguments[0].checkVisibility() && arguments[0].getBoundingClientRect().height",
          record)).isInstanceOfSatisfying(Number.class, h -> assertThat(h.doubleValue()).isGreaterThan(50));
      assertThat(record.getAttribute("textContent")).contains("\"P-01\"");
      assertThat(browser.find("section[aria-labelledby=tx-h]").isDisplayed()).isFalse();
      browser.screenshot("09-screen-print");
    } finally {
      browser.screenMedia();
    }
    Path pdf = browser.print("09-screen-verdict");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(bytes.length).isGreaterThan(5_000);
  }

  private WebElement active() {
    return browser.driver.switchTo().activeElement();
  }

  private static JsonNode json(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = BrowserTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
