package io.loopdesk.ticket.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The moment up to which this node's ticket index holds every change, kept in a file beside the index so that it is
 * lost exactly when the index is. An index kept in memory has none: it starts empty every time.
 */
@Component
class Watermark {

    private static final Logger log = LoggerFactory.getLogger(Watermark.class);

    private final @Nullable Path file;

    Watermark(
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.file = type.equals("local-heap") || root.isBlank() ? null : Path.of(root, "ticket-index.watermark");
    }

    /** When this node last had everything indexed, and the highest ticket id then; null if it never had. */
    @Nullable
    Mark read() {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            String[] parts = Files.readString(file).strip().split(" ");
            return new Mark(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (IOException | RuntimeException e) {
            log.warn("The ticket index watermark {} cannot be read ({}); indexing everything", file, e.getMessage());
            return null;
        }
    }

    /**
     * @param upTo every change before this moment is indexed
     * @param highestTicket the highest ticket id then: a database with fewer (a backup restored) needs a rebuild
     */
    record Mark(Instant upTo, long highestTicket) {}

    void write(Mark mark) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, mark.upTo() + " " + mark.highestTicket());
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the index itself is fine; the next start merely indexes more than it needs to
            log.warn("The ticket index watermark {} cannot be written ({})", file, e.getMessage());
        }
    }
}
