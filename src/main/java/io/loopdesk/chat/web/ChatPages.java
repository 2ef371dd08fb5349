package io.loopdesk.chat.web;

import io.loopdesk.chat.ChatRouting;
import io.loopdesk.chat.ChatRules;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.LeftMessages;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.Presence;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The chat's pages: the visitor's chat at {@code /chat/w/{tenant}} (what the embedded widget shows, readable without
 * signing in, fit for a phone; with nobody on duty, a form to leave a message) and the agent console at
 * {@code /chat}.
 */
@Controller
class ChatPages {

    private final Chats chats;
    private final ChatRouting routing;
    private final Tenants tenants;
    private final Presence presence;
    private final LeftMessages left;
    private final MessageSource messages;

    ChatPages(
            Chats chats,
            ChatRouting routing,
            Tenants tenants,
            Presence presence,
            LeftMessages left,
            MessageSource messages) {
        this.chats = chats;
        this.routing = routing;
        this.tenants = tenants;
        this.presence = presence;
        this.left = left;
        this.messages = messages;
    }

    @GetMapping("/chat/w/{tenant}")
    String visitor(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String skill,
            Model model) {
        TenantInfo desk = desk(tenant);
        model.addAttribute("tenant", desk);
        // the widget's routing wishes, sent along when the visitor starts the chat (and checked then)
        model.addAttribute("team", team);
        model.addAttribute("skill", skill);
        // nobody on duty to answer: the page offers to leave a message (a chat already going on still resumes)
        model.addAttribute("staffed", !presence.onDuty(desk.id()).isEmpty());
        return "chat/visitor";
    }

    @PostMapping("/chat/w/{tenant}/message")
    String leaveMessage(
            @PathVariable String tenant,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            Model model) {
        TenantInfo desk = desk(tenant);
        model.addAttribute("tenant", desk);
        model.addAttribute("staffed", false);
        try {
            model.addAttribute("left", left.leave(desk, name, contact, message).number());
        } catch (DomainException refused) {
            model.addAttribute("name", name);
            model.addAttribute("contact", contact);
            model.addAttribute("message", message);
            model.addAttribute("problems", problems(refused, locale));
        }
        return "chat/visitor";
    }

    private List<String> problems(DomainException refused, Locale locale) {
        if (!refused.problems().isEmpty()) {
            return refused.problems().stream()
                    .map(p -> DomainException.phraseOf(p).render(messages, locale, p.message()))
                    .toList();
        }
        return List.of(
                refused.phrase() == null
                        ? refused.getMessage()
                        : refused.phrase().render(messages, locale, refused.getMessage()));
    }

    private TenantInfo desk(String code) {
        return tenants.byCode(code)
                .filter(t -> !t.suspended())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/chat")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    String console(@RequestParam(required = false) @Nullable Long chat, Actor actor, Model model) {
        if (actor.hasAny(Role.SUPERVISORS) && !model.containsAttribute("rules")) {
            model.addAttribute("rules", routing.rules(actor.tenantId()));
        }
        List<ChatView> open = TenantScope.of(actor, chats::open);
        ChatView chosen = null;
        if (chat != null) {
            try {
                chosen = TenantScope.of(actor, () -> chats.get(chat));
            } catch (DomainException notHers) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        model.addAttribute("chats", open);
        model.addAttribute("chosen", chosen);
        model.addAttribute("tenantId", actor.tenantId());
        model.addAttribute("userId", actor.userId());
        return "chat/console";
    }

    /** A supervisor sets the per-agent chat cap and the minutes until an unanswered chat comes to them. */
    @PostMapping("/chat/settings")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN')")
    String settings(
            @RequestParam(defaultValue = "0") String agentCap,
            @RequestParam(defaultValue = "0") String unansweredMinutes,
            Actor actor,
            Locale locale,
            Model model) {
        try {
            routing.change(actor.tenantId(), new ChatRules(number(agentCap), number(unansweredMinutes)));
            return "redirect:/chat?saved";
        } catch (DomainException refused) {
            model.addAttribute("rules", new RulesForm(agentCap, unansweredMinutes));
            model.addAttribute("settingsProblems", problems(refused, locale));
            return console(null, actor, model);
        }
    }

    /** What the supervisor typed, shown again beside the reason it was refused. */
    record RulesForm(String agentCap, String unansweredMinutes) {}

    /** A whole number as typed; anything else is out of every range (0). */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
