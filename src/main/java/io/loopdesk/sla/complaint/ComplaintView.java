package io.loopdesk.sla.complaint;

import java.time.Instant;

/** A complaint signal detected on a ticket, with what triggered it. */
public record ComplaintView(ComplaintSignal signal, String evidence, Instant detectedAt) {}
