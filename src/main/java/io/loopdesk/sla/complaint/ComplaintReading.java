package io.loopdesk.sla.complaint;

import io.loopdesk.sla.SlaProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads what customers wrote for complaint signals by meaning ({@link ComplaintMeaning}) after the answer: every
 * {@code loopdesk.sla.complaints.meaning-interval}, on one node ({@link ComplaintReadingTimer}), in batches of
 * {@value #BATCH} texts (the model costs a few milliseconds a clause, too much for the request path of a
 * 1,000-tickets/s intake). A signal found flags the ticket as the word list's do, with the customer's clause and the
 * example it reads like as the reason. Off with {@code loopdesk.sla.complaints.by-meaning=false}.
 */
@Service
public class ComplaintReading {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReading.class);

    static final int BATCH = 64;

    private final ComplaintQueue queue;
    private final ComplaintMeaning meaning;
    private final Complaints complaints;
    private final boolean enabled;

    ComplaintReading(ComplaintQueue queue, ComplaintMeaning meaning, Complaints complaints, SlaProperties properties) {
        this.queue = queue;
        this.meaning = meaning;
        this.complaints = complaints;
        this.enabled = properties.complaints().byMeaning();
    }

    /** Reads batches until none is left (or a batch comes back short); returns how many signals it found. */
    public int readAll() {
        if (!enabled) {
            return 0;
        }
        int found = 0;
        List<ComplaintQueue.Waiting> batch;
        do {
            batch = queue.oldest(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<List<ComplaintMeaning.Found>> read = meaning.read(
                    batch.stream().map(ComplaintQueue.Waiting::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                found += flag(batch.get(i), read.get(i));
            }
            queue.remove(batch);
        } while (batch.size() == BATCH);
        return found;
    }

    private int flag(ComplaintQueue.Waiting text, List<ComplaintMeaning.Found> signals) {
        int flagged = 0;
        for (ComplaintMeaning.Found signal : signals) {
            try {
                complaints.readByMeaning(text.tenantId(), text.ticketNumber(), signal);
                flagged++;
            } catch (RuntimeException failed) {
                // the ticket was erased or merged meanwhile: its text has nothing left to flag, and must not hold up
                // the texts after it
                log.warn(
                        "A complaint signal by meaning could not be recorded on ticket {}",
                        text.ticketNumber(),
                        failed);
            }
        }
        return flagged;
    }
}
