package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.text.NoticeTextRefusedException;
import io.loopdesk.notification.text.NoticeTexts;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's notice texts ({@code /admin/notices}): every notice customers are sent, in Chinese and English,
 * as the tenant wants it worded; an emptied text goes back to Loopdesk's.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class NoticeTextController {

    private final NoticeTexts texts;
    private final FieldMessages fieldMessages;

    NoticeTextController(NoticeTexts texts, FieldMessages fieldMessages) {
        this.texts = texts;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/notices")
    String show(Actor actor, Model model) {
        return page(actor, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/notices/{key}")
    String save(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String chinese,
            @RequestParam(required = false) @Nullable String english,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        typed.put(key + "|zh-CN", chinese == null ? "" : chinese);
        typed.put(key + "|en", english == null ? "" : english);
        save(key, Locale.SIMPLIFIED_CHINESE, chinese, actor, errors);
        save(key, Locale.ENGLISH, english, actor, errors);
        if (!errors.isEmpty()) {
            return page(actor, model, errors, typed);
        }
        redirect.addFlashAttribute("notice", "notice-text.saved");
        return "redirect:/admin/notices#" + key;
    }

    private void save(String key, Locale language, @Nullable String text, Actor actor, Map<String, String> errors) {
        try {
            texts.save(actor.tenantId(), key, language, text, actor);
        } catch (NoticeTextRefusedException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            String message = fieldMessages.of(refused.problems()).get("text");
            errors.put(key + "|" + (language == Locale.ENGLISH ? "en" : "zh-CN"), message);
        }
    }

    private String page(Actor actor, Model model, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("texts", texts.list(actor.tenantId()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "notification/notice-texts";
    }
}
