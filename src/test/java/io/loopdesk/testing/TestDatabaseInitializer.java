package io.loopdesk.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points an integration-test context at the shared test database of the chosen kind. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SHARED = "shared";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        java.util.Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.properties(SHARED));
        // tests read mailboxes and send mail when they choose, not on a background schedule
        properties.put("loopdesk.mail.poll-interval", "PT24H");
        properties.put("loopdesk.mail.watch-interval", "PT24H");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("loopdesk-test-database", properties));
    }
}
