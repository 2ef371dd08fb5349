package io.loopdesk.ticket.view;

import java.time.Instant;

/** One line of a ticket's single timeline: a message, a progress record, or another change. */
public sealed interface TimelineEntry {

    Instant at();

    /** {@code message}, {@code progress} or {@code change}: lets templates pick the right rendering. */
    String kind();

    /** A public reply or an internal note. */
    record Message(MessageView message) implements TimelineEntry {
        @Override
        public Instant at() {
            return message.createdAt();
        }

        @Override
        public String kind() {
            return "message";
        }
    }

    /** A progress record. */
    record Progress(ProgressView progress) implements TimelineEntry {
        @Override
        public Instant at() {
            return progress.createdAt();
        }

        @Override
        public String kind() {
            return "progress";
        }
    }

    /** A status change, an assignment or a field edit. */
    record Change(HistoryEntryView change) implements TimelineEntry {
        @Override
        public Instant at() {
            return change.occurredAt();
        }

        @Override
        public String kind() {
            return "change";
        }
    }
}
