package io.loopdesk.reporting.rollup;

/**
 * Open tickets of one status and team registered on one day: a row of {@code report_backlog}.
 *
 * @param teamId the team, 0 for none
 * @param registeredDay the day of registration in UTC, as days since 1970-01-01: fixed whatever the tenant's zone,
 *     so the wall can tell exactly which days lie wholly inside one age band
 */
public record BacklogKey(String status, long teamId, long registeredDay) {}
