package io.loopdesk.reporting.export;

import java.util.List;

/** A row of headline numbers ("工单总量 1,234"), shown side by side above the details. */
public record Figures(List<Figure> figures) implements Block {

    public Figures {
        figures = Require.list(figures, "The figures of a figures row");
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("A figures row needs at least one figure");
        }
    }

    /**
     * One headline number.
     *
     * @param value already formatted by the caller, who knows its unit ("1,234", "92.5%", "3 h 20 min")
     */
    public record Figure(String label, String value) {

        public Figure {
            Require.text(label, "A figure's label");
            Require.text(value, "The value of figure '" + label + "'");
        }
    }
}
