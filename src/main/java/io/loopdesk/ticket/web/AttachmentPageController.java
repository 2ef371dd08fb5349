package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.Attachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads from the ticket pages, for staff and for the customer whose ticket it is. */
@Controller
class AttachmentPageController {

    private final Attachments attachments;

    AttachmentPageController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping({"/tickets/{number}/attachments/{id}", "/portal/tickets/{number}/attachments/{id}"})
    ResponseEntity<InputStreamResource> download(@PathVariable String number, @PathVariable long id, Actor actor) {
        return DownloadResponse.of(attachments.download(number, id, actor));
    }
}
