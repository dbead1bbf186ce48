package org.kenmon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through Debian's chromedriver ({@code apt-get install
 * chromium chromium-driver}; .ci/run installs them). Nothing is downloaded: Selenium Manager is not
 * used. A missing browser fails the test with what to install; browser tests never skip.
 *
 * <p>Screenshots and printed PDFs go to {@code target/browser/}, for a person to look at.
 */
public final class Browser implements AutoCloseable {
  public static final Path OUT = Path.of("target", "browser");
  private static final Path CHROMIUM = Path.of(env("KENMON_CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(env("KENMON_CHROMEDRIVER", "/usr/bin/chromedriver"));

  public final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser start() {
    for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: the browser tests need Debian's chromium and chromium-driver "
            + "(apt-get install -y chromium chromium-driver, as .ci/run does), or KENMON_CHROMIUM and "
            + "KENMON_CHROMEDRIVER pointing at a Chromium and its driver");
      }
    }
    try {
      Files.createDirectories(OUT);
      Path profile = Files.createTempDirectory("kenmon-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      // Headless as root in CI; the network flags stop Chromium's own calls home, which a closed
      // network refuses (and which would slow every start).
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
      // The console, so that a test can fail on a script error or an asset that did not load.
      org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
      logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits (up to 15 s) until an element is visible, for htmx swaps and scripts that draw charts. */
  public WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until the address contains {@code part}: a click that loads a page returns before it is there. */
  public void awaitUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
  }

  /** Waits until the page's text contains {@code text}. */
  public void awaitText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  public String text() {
    return find("body").getText();
  }

  /** Saves a full-window screenshot as {@code target/browser/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    try {
      Path file = OUT.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the page as the browser would to paper, as {@code target/browser/<name>.pdf}. */
  public Path print(String name) {
    try {
      Pdf pdf = driver.print(new PrintOptions());
      Path file = OUT.resolve(name + ".pdf");
      Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the page with print styles (CSS {@code @media print}) until {@link #screenMedia}. */
  public void printMedia() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
  }

  public void screenMedia() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  /** Runs a script in the page and returns its result. */
  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temporary profile left behind is harmless.
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
