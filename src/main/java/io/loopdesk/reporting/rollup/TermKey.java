package io.loopdesk.reporting.rollup;

import java.time.YearMonth;

/** One word or phrase of one month of registration (tenant's time zone): a row of {@code report_term}. */
public record TermKey(YearMonth month, boolean phrase, String term) {}
