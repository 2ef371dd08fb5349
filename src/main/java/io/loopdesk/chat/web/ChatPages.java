package io.loopdesk.chat.web;

import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The chat's pages: the visitor's chat at {@code /chat/w/{tenant}} (what the embedded widget shows, readable without
 * signing in, fit for a phone) and the agent console at {@code /chat}.
 */
@Controller
class ChatPages {

    private final Chats chats;
    private final Tenants tenants;

    ChatPages(Chats chats, Tenants tenants) {
        this.chats = chats;
        this.tenants = tenants;
    }

    @GetMapping("/chat/w/{tenant}")
    String visitor(@PathVariable String tenant, Model model) {
        TenantInfo desk = tenants.byCode(tenant)
                .filter(t -> !t.suspended())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", desk);
        return "chat/visitor";
    }

    @GetMapping("/chat")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    String console(@RequestParam(required = false) @Nullable Long chat, Actor actor, Model model) {
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
        return "chat/console";
    }
}
