package io.loopdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** {@code loopdesk.demo.enabled=true} alone is enough for demo mode; it does not need the demo profile too. */
class DemoSettingsTest {

    @Test
    void demoModeAcceptsTheDemoLoginsShortPasswords() {
        StandardEnvironment environment = environment(Map.of("loopdesk.demo.enabled", "true"));

        new DemoSettings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("loopdesk.identity.min-password-length"))
                .isEqualTo("2");
    }

    @Test
    void anOperatorsOwnMinimumWinsAndWithoutDemoModeNothingChanges() {
        StandardEnvironment own =
                environment(Map.of("loopdesk.demo.enabled", "true", "loopdesk.identity.min-password-length", "12"));
        StandardEnvironment production = environment(Map.of());

        new DemoSettings().postProcessEnvironment(own, null);
        new DemoSettings().postProcessEnvironment(production, null);

        assertThat(own.getProperty("loopdesk.identity.min-password-length")).isEqualTo("12");
        assertThat(production.containsProperty("loopdesk.identity.min-password-length"))
                .isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
