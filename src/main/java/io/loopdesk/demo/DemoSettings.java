package io.loopdesk.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code loopdesk.demo.enabled=true} the one switch demo mode needs: the demo logins have their usernames as
 * passwords ({@code qa}), so demo mode also accepts passwords that short, unless the operator set a minimum of their
 * own. (The {@code demo} profile that {@code ./loopdesk run} uses sets nothing else.)
 */
class DemoSettings implements EnvironmentPostProcessor {

    static final String SHORTEST_DEMO_PASSWORD = "2";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("loopdesk.demo.enabled", Boolean.class, false)
                && !environment.containsProperty("loopdesk.identity.min-password-length")) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "loopdesk-demo", Map.of("loopdesk.identity.min-password-length", SHORTEST_DEMO_PASSWORD)));
        }
    }
}
