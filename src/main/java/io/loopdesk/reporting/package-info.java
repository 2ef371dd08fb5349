/**
 * Reports and dashboards (REQUIREMENTS §9, §11): volumes, response and resolution times, SLA attainment,
 * first-contact resolution, satisfaction and complaints by day, week, month and quarter, broken down by team,
 * agent, category, channel, urgency, product and tenant.
 *
 * <p>Figures come from rollups, not from scanning tickets: every ticket change leaves a mark in its own
 * transaction ({@code rollup.ReportMarks}); a db-scheduler task folds marked tickets in every few seconds
 * ({@code rollup.ReportFold}) by deriving each one's fact again from the modules that own it and adding the
 * difference between its new and its old contributions to per-day rows; a nightly check rebuilds the rows from the
 * facts and corrects any that differ ({@code rollup.ReportReconciliation}).
 *
 * <p>Where each rule lives: {@code reporting.rollup} (facts, contributions, the rollup rows and word counts, folding
 * and the nightly check), {@code reporting.words} (which words and phrases of a feedback are counted),
 * {@code reporting.web} (pages and the JSON API), {@code reporting.export} (PDF, Excel and CSV writers),
 * {@code reporting.monthly} (the monthly analysis report and its e-mail); the
 * root keeps the published figures ({@link io.loopdesk.reporting.Figures}, {@link io.loopdesk.reporting.Reports}).
 */
@NullMarked
package io.loopdesk.reporting;

import org.jspecify.annotations.NullMarked;
