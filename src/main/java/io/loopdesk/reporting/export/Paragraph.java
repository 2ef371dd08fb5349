package io.loopdesk.reporting.export;

/** Running text; line breaks in it are kept. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Require.text(text, "A paragraph's text");
    }
}
