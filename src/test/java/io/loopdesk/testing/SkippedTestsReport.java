package io.loopdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says plainly which tests were skipped and why at the end of a run, and writes the same list to
 * {@code target/skipped-tests/<database>.txt} for the test command to repeat and for CI to refuse.
 */
public class SkippedTestsReport implements TestExecutionListener {

    private final Map<String, List<String>> skippedByReason = new LinkedHashMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skippedByReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(test.getDisplayName());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {}

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Path file = Path.of("target", "skipped-tests", TestDatabase.kind() + ".txt");
        try {
            Files.createDirectories(file.getParent());
            if (skippedByReason.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder report = new StringBuilder();
            skippedByReason.forEach((reason, tests) -> report.append("SKIPPED ")
                    .append(tests.size())
                    .append(" test(s) on ")
                    .append(TestDatabase.kind())
                    .append(": ")
                    .append(reason)
                    .append(System.lineSeparator())
                    .append("    ")
                    .append(String.join(", ", tests))
                    .append(System.lineSeparator()));
            Files.writeString(file, report);
            System.out.println();
            System.out.println("==== Skipped tests ====");
            System.out.print(report);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the skipped-tests report", e);
        }
    }
}
