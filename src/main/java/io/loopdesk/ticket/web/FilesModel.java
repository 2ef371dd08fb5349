package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.attachment.AttachmentLimits;
import io.loopdesk.ticket.attachment.AttachmentRules;
import io.loopdesk.ticket.view.AttachmentView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a ticket's files into a page model: {@code ticketFiles} (sent with the ticket itself) and
 * {@code filesByMessage} (message id to its files), as the timeline and the ticket head show them.
 */
@Component
class FilesModel {

    private final Attachments attachments;
    private final AttachmentRules rules;

    FilesModel(Attachments attachments, AttachmentRules rules) {
        this.attachments = attachments;
        this.rules = rules;
    }

    /** What a file input says about the limits: {@code uploadMaxFiles}, {@code uploadMaxFile}. */
    void limits(long tenantId, Model model) {
        AttachmentLimits limits = rules.limits(tenantId);
        model.addAttribute("uploadMaxFiles", rules.maxFiles());
        model.addAttribute("uploadMaxFile", limits.maxFileText());
    }

    void fill(String number, long tenantId, Actor actor, Model model) {
        limits(tenantId, model);
        List<AttachmentView> files = attachments.of(number, actor);
        model.addAttribute(
                "ticketFiles", files.stream().filter(f -> f.messageId() == null).toList());
        Map<Long, List<AttachmentView>> byMessage = files.stream()
                .filter(f -> f.messageId() != null)
                .collect(Collectors.groupingBy(AttachmentView::messageId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("filesByMessage", byMessage);
    }
}
