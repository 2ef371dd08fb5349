package io.loopdesk.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips database tests in the PostgreSQL run when no PostgreSQL is reachable, saying why. When
 * {@code LOOPDESK_REQUIRE_ALL_TESTS=true} (CI), it fails them instead: CI must never pass by skipping.
 */
public class RequiresDatabase implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 is embedded");
        }
        return TestDatabase.postgresUnavailable()
                .map(RequiresDatabase::skipOrFail)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL is reachable"));
    }

    static ConditionEvaluationResult skipOrFail(String reason) {
        if (RequiredTests.allRequired()) {
            throw new IllegalStateException("LOOPDESK_REQUIRE_ALL_TESTS is set, but: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
