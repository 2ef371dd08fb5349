package io.loopdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.RequiresPromtool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped alert rules ({@code ops/prometheus/loopdesk-alerts.yml}) are valid Prometheus rules, and each alert
 * fires on its trouble and stays quiet otherwise, as their unit tests beside them say ({@code promtool test rules}).
 */
@ExtendWith(RequiresPromtool.class)
class LoopdeskAlertRulesTest {

    private static final Path RULES = Path.of("ops/prometheus");

    @Test
    void theAlertRulesAreValid() throws Exception {
        Result checked = promtool("check", "rules", "loopdesk-alerts.yml");
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("SUCCESS: 9 rules found");
    }

    @Test
    void eachAlertFiresOnItsTroubleAndOnlyThen() throws Exception {
        Result tested = promtool("test", "rules", "loopdesk-alerts.test.yml");
        assertThat(tested.exit()).as(tested.output()).isZero();
        assertThat(tested.output()).contains("SUCCESS");
    }

    private record Result(int exit, String output) {}

    private static Result promtool(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "promtool";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command)
                .directory(RULES.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
