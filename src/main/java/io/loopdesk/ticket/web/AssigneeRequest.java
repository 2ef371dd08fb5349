package io.loopdesk.ticket.web;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/v1/tickets/{number}/assignee} ({@code null} unassigns) and of
 * {@code PUT …/routing}, which also sets the team.
 */
record AssigneeRequest(
        @Nullable Long teamId,
        @Nullable Long assigneeId,
        @Nullable String note) {}
