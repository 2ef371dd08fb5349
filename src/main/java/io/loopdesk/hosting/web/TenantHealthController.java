package io.loopdesk.hosting.web;

import io.loopdesk.hosting.Onboardings;
import io.loopdesk.hosting.TenantHealthCheck;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A hosted brand's health on the operators' console: channels, people on duty, backlog and today's SLA. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class TenantHealthController {

    private final Tenants tenants;
    private final TenantHealthCheck health;
    private final Onboardings onboardings;

    TenantHealthController(Tenants tenants, TenantHealthCheck health, Onboardings onboardings) {
        this.tenants = tenants;
        this.health = health;
        this.onboardings = onboardings;
    }

    @GetMapping("/platform/tenants/{code}/health")
    String show(@PathVariable String code, Model model) {
        TenantInfo tenant = tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("health", health.of(tenant));
        model.addAttribute("state", onboardings.state(tenant.id()).orElse(null));
        model.addAttribute(
                "statuses",
                List.of(TicketStatus.values()).stream()
                        .filter(s -> s != TicketStatus.CLOSED)
                        .toList());
        return "hosting/health";
    }
}
