package io.loopdesk.reporting.export;

/** A section heading. */
public record Heading(String text) implements Block {

    public Heading {
        Require.text(text, "A heading's text");
    }
}
