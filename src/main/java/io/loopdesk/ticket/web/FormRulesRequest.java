package io.loopdesk.ticket.web;

import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.value.ContactPoint;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/v1/ticket-form-rules}. */
record FormRulesRequest(
        @Nullable Integer minDescriptionLength,
        @Nullable Set<TicketField> requiredFields,
        @Nullable Set<ContactPoint.Kind> contactKinds) {}
