package io.loopdesk.testing;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small, readable steps for browser tests: sign in, fill, choose, wait for what the page shows. */
public final class Pages {

    private Pages() {}

    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        fill(driver, "username", username);
        fill(driver, "password", password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        waitUntil(driver, d -> !d.getCurrentUrl().contains("/login"));
    }

    public static void fill(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public static void choose(WebDriver driver, String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    public static String text(WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public static <T> T waitUntil(WebDriver driver, Function<WebDriver, T> condition) {
        // pages navigate and htmx swaps elements while we look: an element gone stale is looked up again. Chromium
        // sometimes reports such an element as "Node with given id does not belong to the document", a plain
        // WebDriverException; it is looked up again too (a real failure still ends the wait with its cause)
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(condition::apply);
    }

    /** Waits until the element's text contains {@code expected}; htmx swaps happen asynchronously. */
    public static void waitForText(WebDriver driver, String css, String expected) {
        waitUntil(driver, d -> {
            var found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.getFirst().getText().contains(expected);
        });
    }
}
