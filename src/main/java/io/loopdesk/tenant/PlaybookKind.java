package io.loopdesk.tenant;

/** The special processes seed 000 names; {@code OTHER} for any a brand adds. */
public enum PlaybookKind {
    INVENTORY,
    LOGISTICS,
    REPAIR,
    RETURNS,
    OTHER
}
