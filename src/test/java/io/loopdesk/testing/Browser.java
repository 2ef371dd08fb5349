package io.loopdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for page tests: Debian's {@code chromium} and {@code chromium-driver} (or
 * {@code LOOPDESK_CHROMIUM} / {@code LOOPDESK_CHROMEDRIVER}); nothing is downloaded. Without them the tests are
 * skipped with the reason, or fail when {@code LOOPDESK_REQUIRE_ALL_TESTS=true}. Each {@link #open} starts a fresh
 * browser with an empty profile, so several people can act in one test; all are closed after it.
 */
public final class Browser implements ExecutionCondition, AfterEachCallback {

    /** A phone in portrait, as most customers use the portal. */
    public static final Dimension PHONE = new Dimension(375, 812);

    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final String CHROMIUM = env("LOOPDESK_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("LOOPDESK_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final List<WebDriver> open = new ArrayList<>();
    private final java.util.Map<WebDriver, Path> downloads = new java.util.HashMap<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return missing()
                .map(RequiresDatabase::skipOrFail)
                .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed"));
    }

    /** A new browser window of the given size, speaking {@code language} (e.g. {@code en-US}, {@code zh-CN}). */
    public WebDriver open(Dimension size, String language) {
        try {
            Path profile = Files.createTempDirectory("loopdesk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--disable-sync",
                    "--disable-quic",
                    "--hide-scrollbars",
                    "--user-data-dir=" + profile,
                    "--lang=" + language,
                    "--window-size=" + size.width + "," + size.height);
            Path downloaded = Files.createDirectories(profile.resolve("downloads"));
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "intl.accept_languages",
                            language,
                            "download.default_directory",
                            downloaded.toString(),
                            "download.prompt_for_download",
                            false));
            // the console, for tests that check no script or style was blocked (Content-Security-Policy)
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            if (size.width < 500) {
                // headless Chromium will not make a window narrower than 500 px; a phone is emulated instead
                options.setExperimentalOption(
                        "mobileEmulation",
                        java.util.Map.of(
                                "deviceMetrics",
                                java.util.Map.of("width", size.width, "height", size.height, "pixelRatio", 2.0),
                                "userAgent",
                                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                                        + "Chrome/156.0 Mobile Safari/537.36"));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            open.add(driver);
            downloads.put(driver, downloaded);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file the browser saved after a click on a download link, once it is complete: the one whose name ends
     * with {@code suffix}, waited for up to 20 seconds.
     */
    public Path downloaded(WebDriver driver, String suffix) {
        Path directory = downloads.get(driver);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            try (var files = Files.list(directory)) {
                List<Path> present = files.toList();
                // Chromium reserves the final name with an empty file while the .crdownload is still written
                boolean writing = present.stream()
                        .anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                Optional<Path> done = present.stream()
                        .filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst();
                if (!writing && done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Chromium saved no file ending with " + suffix + " in " + directory);
    }

    /** What the page has written to the console since the last call: blocked resources and script errors. */
    public static List<String> console(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /**
     * Saves the whole page as {@code target/screenshots/<name>.png}, and also into the folder named by
     * {@code -Dloopdesk.screenshots} (the README's screenshots are made that way).
     */
    public static Path screenshot(WebDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                .longValue();
        driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(Math.max(height, 400), 4000)));
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            String published = System.getProperty("loopdesk.screenshots");
            if (published != null && !published.isBlank()) {
                Path copy = Path.of(published, name + ".png");
                Files.createDirectories(copy.getParent());
                Files.copy(shot.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(WebDriver::quit);
        open.clear();
        downloads.clear();
    }

    private static Optional<String> missing() {
        if (!new File(CHROMIUM).canExecute()) {
            return Optional.of("Chromium is not installed at " + CHROMIUM
                    + " (apt-get install chromium chromium-driver, or set LOOPDESK_CHROMIUM).");
        }
        if (!new File(CHROMEDRIVER).canExecute()) {
            return Optional.of("ChromeDriver is not installed at " + CHROMEDRIVER
                    + " (apt-get install chromium-driver, or set LOOPDESK_CHROMEDRIVER).");
        }
        return Optional.empty();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
