package io.loopdesk;

import io.loopdesk.operations.RestoreCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Loopdesk: every piece of customer feedback becomes one ticket, closed in a loop. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LoopdeskApplication {

    /** Starts Loopdesk; {@code restore <archive> [--replace]} restores a backup instead (see README). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("restore")) {
            RestoreCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(LoopdeskApplication.class, args);
    }
}
