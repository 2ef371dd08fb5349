package io.loopdesk.ticket;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ticket module needs to know about teams, provided by the module that owns them (routing). Lets a
 * ticket sit in a team's queue without the ticket module depending on routing.
 */
public interface TeamDirectory {

    /** A team's name if it exists in {@code tenantId}. */
    Optional<String> teamName(long teamId, long tenantId);

    /** The teams {@code userId} belongs to. */
    Set<Long> teamsOf(long userId);

    /** Every team of {@code tenantId} by id, with its name, in name order. */
    Map<Long, String> teamsIn(long tenantId);
}
