package io.loopdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.demo.*}.
 *
 * @param enabled seed demo data into an empty database (the quick-start command turns it on)
 * @param seed the random seed, so every demo database looks the same
 */
@ConfigurationProperties("loopdesk.demo")
record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("20261123") long seed) {}
