package uz.ovoz.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}). .ci/run
 * installs them; where they are missing the browser tests are skipped with that message, except
 * under {@code CI=true}, where they fail.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static WebDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            // a CI run must not go green with its page tests silently skipped
            throw new AssertionError("headless Chromium is required under CI: " + CHROMIUM + " and " + DRIVER);
        }
        Assumptions.assumeTrue(
                installed, "headless Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: Chromium must not try to reach Google's services
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return driver;
    }

    /**
     * The text of every element the selector matches, read in one script call: a page that rebuilds
     * a table on each frame cannot leave a reference to a removed cell between two reads.
     */
    @SuppressWarnings("unchecked")
    public static List<String> texts(WebDriver driver, String cssSelector) {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim());",
                        cssSelector);
    }

    /** Saves what the page shows under target/screenshots, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what the browser showed when a step failed: a screenshot and the page's HTML. */
    public static void keepFailure(WebDriver driver, String name) {
        screenshot(driver, name);
        try {
            Files.writeString(dir().resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory for files a test hands to the browser, such as uploads. */
    public static Path dir() throws IOException {
        return Files.createDirectories(Path.of("target", "browser-files"));
    }
}
