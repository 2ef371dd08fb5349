package io.loopdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Loopdesk: every piece of customer feedback becomes one ticket, closed in a loop. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LoopdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoopdeskApplication.class, args);
    }
}
