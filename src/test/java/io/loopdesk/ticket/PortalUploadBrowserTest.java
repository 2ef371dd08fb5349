package io.loopdesk.ticket;

import static io.loopdesk.testing.Pages.fill;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitForText;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer on a phone sends feedback with a screenshot and a video; a program dressed as a picture is refused
 * next to the file field, and no ticket is made.
 */
@IntegrationTest
@Tag("browser")
class PortalUploadBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView customer;
    Path folder;

    @BeforeEach
    void setUp() throws IOException {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        folder = Files.createTempDirectory("loopdesk-uploads-");
    }

    @Test
    void aCustomerSendsAScreenshotAndAVideoFromAPhone() throws IOException {
        Path screenshot = Files.write(folder.resolve("screen.png"), TestFiles.png(120, 80));
        Path video = Files.write(folder.resolve("recording.mp4"), TestFiles.mp4());
        WebDriver phone = openForm();
        phone.findElement(By.id("attachments")).sendKeys(screenshot.toAbsolutePath() + "\n" + video.toAbsolutePath());
        Browser.screenshot(phone, "test-customer-upload-phone");
        submit(phone);

        waitForText(phone, ".alert.ok", "Your ticket number is");
        WebElement files = phone.findElement(By.cssSelector(".card .files"));
        assertThat(files.getText()).contains("screen.png", "recording.mp4");
        assertThat(files.findElements(By.tagName("img"))).hasSize(1);
        assertThat(files.findElements(By.tagName("video"))).hasSize(1);
        String src = files.findElement(By.tagName("img")).getAttribute("src");
        phone.get(src);
        assertThat(phone.getPageSource()).doesNotContain("Sign in");
    }

    @Test
    void aProgramDressedAsAPictureIsRefusedNextToTheFieldAndNoTicketIsMade() throws IOException {
        Path program = Files.write(folder.resolve("photo.png"), TestFiles.exe());
        WebDriver phone = openForm();
        phone.findElement(By.id("attachments"))
                .sendKeys(program.toAbsolutePath().toString());
        submit(phone);

        WebElement field = waitUntil(phone, d -> d.findElement(By.cssSelector(".field.invalid")));
        assertThat(field.getText()).contains("photo.png", "program or script");
        assertThat(phone.findElement(By.id("title")).getAttribute("value")).isEqualTo("Lock offline");
        assertThat(fixtures.api(fixtures.staff(tenant, Role.AGENT))
                        .get("/api/v1/tickets?limit=5")
                        .get("items")
                        .size())
                .isZero();
    }

    private WebDriver openForm() {
        WebDriver phone = browser.open(Browser.PHONE, "en-US");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
        phone.get(fixtures.baseUrl() + "/portal/new");
        fill(phone, "product", "Smart lock X2");
        fill(phone, "title", "Lock offline");
        fill(phone, "description", "The lock shows offline in the app since yesterday; see the screenshot and video.");
        return phone;
    }

    private static void submit(WebDriver phone) {
        phone.findElement(By.cssSelector("form[action$='/portal/new'] button[type=submit]"))
                .click();
    }
}
