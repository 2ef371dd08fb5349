package io.loopdesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real database (H2, or PostgreSQL in the second run) with a web server on
 * a random port, a {@link TestClock} set to the real time before each test ({@link FreshClock}) and a real SMTP
 * server ({@link TestMail}). All such tests share one application context; each creates its own
 * tenant, so they do not see each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith({RequiresDatabase.class, FreshClock.class})
// uploaded files go under target/, not into the developer's ./data
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loopdesk.attachments.directory=target/test-attachments",
            "loopdesk.ticket.secrets.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            // the app webhooks tests receive on this machine
            "loopdesk.notification.webhook.allow-private-network=true"
        })
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMail.Initializer.class})
@Import({TestClock.Configuration.class, Fixtures.class, BackgroundWork.class, PublishedEvents.class})
public @interface IntegrationTest {}
