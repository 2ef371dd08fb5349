package io.loopdesk.knowledge;

/** How an article goes into a reply. */
public enum Insertion {
    /** Its title and text, block by block. */
    TEXT,
    /** Its title and the address of its help-centre page. */
    LINK
}
