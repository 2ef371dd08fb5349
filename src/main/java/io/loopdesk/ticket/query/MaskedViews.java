package io.loopdesk.ticket.query;

import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.ProgressView;

/**
 * Messages, progress records and history lines as readers who may not see contact details get them: phone
 * numbers and e-mail addresses in their text masked, like the ticket's own contact fields.
 */
public final class MaskedViews {

    private MaskedViews() {}

    public static MessageView of(MessageView m) {
        return new MessageView(
                m.id(),
                m.kind(),
                m.authorId(),
                m.authorName(),
                m.fromCustomer(),
                ContactMasking.mask(m.body()),
                m.createdAt());
    }

    public static ProgressView of(ProgressView p) {
        return new ProgressView(
                p.id(),
                p.handlerId(),
                p.handlerName(),
                p.stage(),
                p.label(),
                ContactMasking.mask(p.details()),
                p.estimatedCompletionAt(),
                p.actualCompletionAt(),
                ContactMasking.maskNullable(p.partsReplaced()),
                p.onSiteVisit(),
                p.customerVisible(),
                p.createdAt());
    }

    public static HistoryEntryView of(HistoryEntryView h) {
        return new HistoryEntryView(
                h.id(),
                h.actorId(),
                h.actorName(),
                h.occurredAt(),
                h.field(),
                ContactMasking.maskNullable(h.oldValue()),
                ContactMasking.maskNullable(h.newValue()),
                ContactMasking.maskNullable(h.note()));
    }
}
