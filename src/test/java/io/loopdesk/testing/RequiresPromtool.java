package io.loopdesk.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test that runs Prometheus' {@code promtool} when it is missing, saying why; fails it instead under
 * {@code LOOPDESK_REQUIRE_ALL_TESTS=true} (CI installs it).
 */
public class RequiresPromtool implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Commands.missing("Debian: apt-get install prometheus, which brings it", "promtool")
                .map(RequiresDatabase::skipOrFail)
                .orElseGet(() -> ConditionEvaluationResult.enabled("promtool is installed"));
    }
}
