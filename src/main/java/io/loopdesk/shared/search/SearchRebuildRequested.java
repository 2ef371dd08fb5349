package io.loopdesk.shared.search;

import org.jspecify.annotations.Nullable;

/**
 * An operator asked for the search indexes to be rebuilt from the database on every node (after a change of
 * analysis, when a node's index was lost or one brand's results look wrong). Each module that keeps an index
 * rebuilds its own; the rebuild writes over documents in place, so searching keeps working while it runs.
 *
 * @param tenantId the one tenant to rebuild; null for every tenant
 */
public record SearchRebuildRequested(@Nullable Long tenantId) {}
