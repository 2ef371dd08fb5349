package io.loopdesk.ticket.view;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's link to an R&D issue.
 *
 * @param status the issue's status as its tracker last reported it (e.g. {@code opened}, {@code In Progress},
 *     {@code closed}), or {@code null} until it reports one
 */
public record IssueLinkView(
        String ticketNumber,
        String url,
        @Nullable String status,
        @Nullable Instant statusAt,
        String linkedBy,
        Instant linkedAt) {}
