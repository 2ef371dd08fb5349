package io.loopdesk.ticket;

/** Tickets counted together: those of one category, or those naming one product. */
public sealed interface TicketGroup {

    /**
     * A category: a top-level code (no dot) takes the tickets of that category and everything below it; a
     * subcategory's code only its own.
     */
    record Category(String code) implements TicketGroup {
        public Category {
            if (code.isBlank()) {
                throw new IllegalArgumentException("A category group needs a code");
            }
        }

        /** The top level of the code, which the tickets table keeps in a column of its own. */
        String root() {
            int dot = code.indexOf('.');
            return dot < 0 ? code : code.substring(0, dot);
        }

        /** The code itself for a subcategory; {@code null} for a top level (everything below it counts). */
        @org.jspecify.annotations.Nullable
        String leaf() {
            return code.indexOf('.') < 0 ? null : code;
        }
    }

    /** A product, by the name tickets give it. */
    record Product(String name) implements TicketGroup {
        public Product {
            if (name.isBlank()) {
                throw new IllegalArgumentException("A product group needs a name");
            }
        }
    }
}
