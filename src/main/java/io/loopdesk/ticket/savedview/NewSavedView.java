package io.loopdesk.ticket.savedview;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A view to save.
 *
 * @param name what the sidebar shows
 * @param scope who sees it
 * @param teamId the team a {@link ViewScope#TEAM} view is shared with
 * @param page the list it opens: {@code workspace} or {@code desk}
 * @param filters the list's filters and order as a URL query ({@code view=all&status=NEW&order=DUE_SOONEST}),
 *     checked by the caller
 * @param columns the columns its list shows
 */
public record NewSavedView(
        String name, ViewScope scope, @Nullable Long teamId, String page, String filters, Set<ViewColumn> columns) {}
