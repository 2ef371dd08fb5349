package io.loopdesk.knowledge.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.ReplyWrapping;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.stereotype.Component;

/** Puts the tenant's opening and closing phrases ({@link ReplyWrap}) around every public reply of its desk. */
@Component
class TemplateWrapping implements ReplyWrapping {

    private final ReplyTemplates templates;

    TemplateWrapping(ReplyTemplates templates) {
        this.templates = templates;
    }

    @Override
    public String wrap(TicketView ticket, String body, Actor author) {
        return templates.wrapped(ticket, body, author);
    }
}
