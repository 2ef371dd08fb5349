package io.loopdesk.routing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A team and its members' user ids. */
public record TeamView(
        long id, long tenantId, String name, @Nullable String description, Set<Long> memberIds) {}
