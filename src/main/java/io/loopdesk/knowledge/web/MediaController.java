package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.media.MediaLibrary;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' page of the help centre's pictures and videos: upload one (checked like an attachment), copy the
 * HTML that shows it in an article, choose the help centre's logo.
 */
@Controller
class MediaController {

    private final MediaLibrary library;
    private final Tenants tenants;
    private final FieldMessages fieldMessages;

    MediaController(MediaLibrary library, Tenants tenants, FieldMessages fieldMessages) {
        this.library = library;
        this.tenants = tenants;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge/media")
    String page(Actor actor, Model model) {
        model.addAttribute("media", library.list(actor));
        model.addAttribute("logo", library.logo(actor.tenantId()).orElse(null));
        model.addAttribute(
                "tenantCode", tenants.byId(actor.tenantId()).orElseThrow().code());
        model.addAttribute("maxImageMb", library.maxImageMegabytes());
        model.addAttribute("maxVideoMb", library.maxVideoMegabytes());
        return "knowledge/media";
    }

    @PostMapping("/knowledge/media")
    String upload(@RequestParam("file") MultipartFile file, Actor actor, RedirectAttributes redirect) {
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        return done(
                () -> library.upload(new Upload(name, null, file::getInputStream), actor),
                "kb.media.uploaded",
                redirect);
    }

    @PostMapping("/knowledge/media/{id}/logo")
    String useAsLogo(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return done(() -> library.useAsLogo(id, actor), "kb.media.logo.saved", redirect);
    }

    @PostMapping("/knowledge/media/logo/remove")
    String removeLogo(Actor actor, RedirectAttributes redirect) {
        return done(() -> library.removeLogo(actor), "kb.media.logo.removed", redirect);
    }

    private String done(Runnable action, String notice, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/knowledge/media";
    }
}
