package io.loopdesk.reporting.rollup;

import io.loopdesk.reporting.Dimension;
import java.time.LocalDate;

/** One row of {@code report_rollup}: a tenant's day, broken down by one dimension's value ("" for none). */
public record RollupKey(long tenantId, Dimension dimension, String value, LocalDate day) {}
