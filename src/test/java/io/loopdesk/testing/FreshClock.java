package io.loopdesk.testing;

import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each integration test a clock of its own: the shared application's {@link TestClock} is set back to the real
 * time before every test, so a test that moves the clock by days (or sets it to a fixed date) leaves no moved clock
 * to the tests after it.
 */
public class FreshClock implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(TestClock.class)
                .ifAvailable(clock -> clock.set(Instant.now()));
    }
}
