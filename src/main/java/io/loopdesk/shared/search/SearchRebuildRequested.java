package io.loopdesk.shared.search;

/**
 * An operator asked for every search index to be rebuilt from the database on every node (after restoring a backup,
 * after a change of analysis, when a node's index was lost). Each module that keeps an index rebuilds its own; the
 * rebuild writes over documents in place, so searching keeps working while it runs.
 */
public record SearchRebuildRequested() {}
