package io.loopdesk.reporting.rollup;

import io.loopdesk.reporting.Dimension;

/**
 * Open tickets of one breakdown value and status registered on one day: a row of {@code report_open}.
 *
 * @param value the breakdown's value as the rollups keep it ("" for none: no team, no product)
 * @param registeredDay the day of registration in the tenant's time zone, as days since 1970-01-01
 */
public record BacklogKey(Dimension dimension, String value, String status, long registeredDay) {}
