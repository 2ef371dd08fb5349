package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's SLA policy and automation settings under {@code /api/v1/sla}. */
@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "SLA policy", description = "Which policy applies, its targets, clocks, auto-close and complaint rules")
class SettingsApiController {

    private final SlaPolicies policies;
    private final TenantParameter tenants;

    SettingsApiController(SlaPolicies policies, TenantParameter tenants) {
        this.policies = policies;
        this.tenants = tenants;
    }

    @GetMapping("/policies")
    @Operation(summary = "The policies a tenant can choose: STANDARD and MARKETPLACE")
    List<PolicyName> policies() {
        return policies.available();
    }

    @GetMapping("/settings")
    @Operation(summary = "The tenant's SLA settings in effect (its own, or its plan's defaults)")
    SlaSettings settings(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return policies.get(tenants.resolve(tenant, actor), actor);
    }

    @PutMapping("/settings")
    @Operation(
            summary = "Save the tenant's SLA settings (tenant admins)",
            description = "The whole document as GET returns it. Durations are ISO-8601 (PT15M, PT4H); bases are "
                    + "BUSINESS or CALENDAR per target; standard.nextResponse may be null to not measure it. "
                    + "Applies to tickets opened (or re-classified) from now on. Every wrong field is listed.")
    SlaSettings save(
            @RequestParam(required = false) @Nullable String tenant, @RequestBody SlaSettings settings, Actor actor) {
        return policies.save(tenants.resolve(tenant, actor), settings, actor);
    }

    @DeleteMapping("/settings")
    @Operation(summary = "Forget the saved settings: the plan's defaults apply again")
    SlaSettings reset(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return policies.reset(tenants.resolve(tenant, actor), actor);
    }
}
