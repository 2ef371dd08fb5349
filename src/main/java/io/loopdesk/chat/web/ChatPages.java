package io.loopdesk.chat.web;

import io.loopdesk.chat.ChatHours;
import io.loopdesk.chat.ChatRouting;
import io.loopdesk.chat.ChatRules;
import io.loopdesk.chat.ChatStatus;
import io.loopdesk.chat.ChatTransfers;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.LeftMessages;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The chat's pages: the visitor's chat at {@code /chat/w/{tenant}} (what the embedded widget shows, readable without
 * signing in, fit for a phone; with nobody on duty, a form to leave a message) and the agent console at
 * {@code /chat}.
 */
@Controller
class ChatPages {

    private final Chats chats;
    private final ChatRouting routing;
    private final ChatTransfers transfers;
    private final ChatHours hours;
    private final ChatRateLimit rateLimit;
    private final Teams teams;
    private final UserAccounts users;
    private final TicketQueries tickets;
    private final ReplyTemplates templates;
    private final ArticleSearch articles;
    private final Tenants tenants;
    private final Presence presence;
    private final LeftMessages left;
    private final MessageSource messages;

    ChatPages(
            Chats chats,
            ChatRouting routing,
            ChatTransfers transfers,
            ChatHours hours,
            ChatRateLimit rateLimit,
            Teams teams,
            UserAccounts users,
            TicketQueries tickets,
            ReplyTemplates templates,
            ArticleSearch articles,
            Tenants tenants,
            Presence presence,
            LeftMessages left,
            MessageSource messages) {
        this.chats = chats;
        this.routing = routing;
        this.transfers = transfers;
        this.hours = hours;
        this.rateLimit = rateLimit;
        this.teams = teams;
        this.users = users;
        this.tickets = tickets;
        this.templates = templates;
        this.articles = articles;
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
            @RequestParam(required = false) @Nullable String channel,
            @Nullable Authentication signedIn,
            Model model) {
        TenantInfo desk = desk(tenant);
        model.addAttribute("tenant", desk);
        // a customer of this desk signed in to the portal chats under their own name
        CurrentActor.of(signedIn)
                .filter(actor -> actor.isCustomer() && actor.tenantId() == desk.id())
                .ifPresent(customer -> model.addAttribute("customerName", customer.name()));
        // the widget's routing wishes, sent along when the visitor starts the chat (and checked then)
        model.addAttribute("team", team);
        model.addAttribute("skill", skill);
        model.addAttribute("channel", channel);
        // nobody on duty to answer, or outside the desk's chat hours: the page offers to leave a message (a chat
        // already going on still resumes)
        ChatHours.Now now = hours.now(desk.id());
        model.addAttribute("staffed", now.open());
        model.addAttribute(
                "opensAt", now.nextOpening() == null ? null : now.nextOpening().atZone(desk.timeZone()));
        return "chat/visitor";
    }

    @PostMapping("/chat/w/{tenant}/message")
    String leaveMessage(
            @PathVariable String tenant,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        TenantInfo desk = desk(tenant);
        model.addAttribute("tenant", desk);
        model.addAttribute("staffed", false);
        if (!rateLimit.takeStart(request.getRemoteAddr())) {
            model.addAttribute("name", name);
            model.addAttribute("contact", contact);
            model.addAttribute("message", message);
            model.addAttribute("problems", List.of(messages.getMessage("error.chat.tooManyStarts", null, locale)));
            return "chat/visitor";
        }
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

    /** A customer signed in to the portal chats with their own desk, as themselves. */
    @GetMapping("/chat/mine")
    @PreAuthorize("hasRole('CUSTOMER')")
    String mine(Actor customer) {
        String code = tenants.byId(customer.tenantId()).map(TenantInfo::code).orElseThrow();
        return "redirect:/chat/w/" + code;
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
        if (chosen != null && chosen.status() != ChatStatus.CLOSED) {
            model.addAttribute("colleagues", colleagues(actor, chosen));
            model.addAttribute("teams", teams.teamsIn(actor.tenantId()));
            model.addAttribute("templates", templates.list(actor));
        }
        if (chosen != null && (chosen.customerId() != null || chosen.appUser() != null)) {
            // the history of whoever is on the other end: a portal customer's tickets, their or an app user's chats
            ChatView other = chosen;
            if (other.customerId() != null) {
                model.addAttribute(
                        "earlierTickets",
                        tickets.list(
                                        TicketQuery.builder()
                                                .requester(other.customerId())
                                                .limit(10)
                                                .build(),
                                        actor)
                                .items());
            }
            model.addAttribute("earlierChats", TenantScope.of(actor, () -> chats.earlier(other)));
        }
        model.addAttribute("tenantId", actor.tenantId());
        model.addAttribute("userId", actor.userId());
        return "chat/console";
    }

    /** A reply template as a message of chat {@code chatId}, filled with the visitor's and the agent's names. */
    @PostMapping(path = "/chat/{chatId}/templates/{templateId}", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    @ResponseBody
    String template(@PathVariable long chatId, @PathVariable long templateId, Actor actor) {
        ChatView chat = TenantScope.of(actor, () -> chats.get(chatId));
        return templates.renderInChat(templateId, chat.visitorName(), actor);
    }

    /** A published article found for the agent's words, with the help-centre address a visitor can open. */
    record ArticleLink(long id, String title, String url) {}

    @GetMapping(path = "/chat/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    @ResponseBody
    List<ArticleLink> articles(@RequestParam(defaultValue = "") String q, Actor actor, HttpServletRequest request) {
        if (q.isBlank()) {
            return List.of();
        }
        String code = tenants.byId(actor.tenantId()).map(TenantInfo::code).orElseThrow();
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return articles.published(actor.tenantId(), q.strip(), null, 5).stream()
                .map(hit -> new ArticleLink(hit.id(), hit.title(), base + "/help/" + code + "/articles/" + hit.id()))
                .toList();
    }

    /** On-duty colleagues a chat can be handed to, by name: everyone on duty but whoever has it. */
    private Map<Long, String> colleagues(Actor actor, ChatView chat) {
        List<Long> onDuty = presence.onDuty(actor.tenantId()).stream()
                .map(AgentView::userId)
                .filter(id -> !id.equals(chat.agentId()))
                .toList();
        Map<Long, String> names = new TreeMap<>(users.displayNames(onDuty));
        return names;
    }

    /**
     * Hands the chat to a colleague ({@code to=agent:{id}}) or a team's queue ({@code to=team:{id}}) with a note for
     * the agents.
     */
    @PostMapping("/chat/{chatId}/transfer")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    String transfer(
            @PathVariable long chatId,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) @Nullable String note,
            Actor actor,
            Locale locale,
            Model model) {
        try {
            TenantScope.of(actor, () -> {
                String[] target = to.split(":", 2);
                long id = target.length == 2 ? number(target[1]) : 0;
                return switch (target[0]) {
                    case "agent" -> transfers.toAgent(chatId, id, note, actor);
                    case "team" -> transfers.toTeam(chatId, id, note, actor);
                    default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
                };
            });
            return "redirect:/chat?transferred";
        } catch (DomainException refused) {
            model.addAttribute("transferProblems", problems(refused, locale));
            model.addAttribute("note", note);
            return console(chatId, actor, model);
        }
    }

    /** A supervisor sets the per-agent chat cap and the minutes until an unanswered chat comes to them. */
    @PostMapping("/chat/settings")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN')")
    String settings(
            @RequestParam(defaultValue = "0") String agentCap,
            @RequestParam(defaultValue = "0") String unansweredMinutes,
            @RequestParam(defaultValue = "false") boolean businessHoursOnly,
            Actor actor,
            Locale locale,
            Model model) {
        try {
            routing.change(
                    actor.tenantId(), new ChatRules(number(agentCap), number(unansweredMinutes), businessHoursOnly));
            return "redirect:/chat?saved";
        } catch (DomainException refused) {
            model.addAttribute("rules", new RulesForm(agentCap, unansweredMinutes, businessHoursOnly));
            model.addAttribute("settingsProblems", problems(refused, locale));
            return console(null, actor, model);
        }
    }

    /** What the supervisor typed, shown again beside the reason it was refused. */
    record RulesForm(String agentCap, String unansweredMinutes, boolean businessHoursOnly) {}

    /** A whole number as typed; anything else is out of every range (0). */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
