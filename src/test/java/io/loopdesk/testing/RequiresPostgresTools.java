package io.loopdesk.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips a test that needs PostgreSQL's client tools ({@code pg_dump}, {@code pg_restore})
 * when they are missing, saying why; fails it instead under {@code LOOPDESK_REQUIRE_ALL_TESTS=true} (CI).
 */
public class RequiresPostgresTools implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 needs no outside tools");
        }
        return Commands.missing("apt-get install postgresql-client", "pg_dump", "pg_restore")
                .map(RequiresDatabase::skipOrFail)
                .orElseGet(() -> ConditionEvaluationResult.enabled("pg_dump and pg_restore are installed"));
    }
}
