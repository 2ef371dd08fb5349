package io.loopdesk.demo;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.provider.ProviderGrants;
import io.loopdesk.provider.ProviderPerson;
import io.loopdesk.provider.ServiceProvider;
import io.loopdesk.provider.ServiceProviders;
import io.loopdesk.tenant.TenantInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo's outside service provider: GlobalCare, whose person {@code provider} serves Acme (which authorised
 * hosting) as an agent until the end of next year, and nobody else.
 */
@Component
class DemoProviders {

    private final ServiceProviders providers;
    private final ProviderGrants grants;
    private final Clock clock;

    DemoProviders(ServiceProviders providers, ProviderGrants grants, Clock clock) {
        this.providers = providers;
        this.grants = grants;
        this.clock = clock;
    }

    void seed(TenantInfo platform, TenantInfo acme) {
        ServiceProvider care = providers.register("globalcare", "GlobalCare 海外客服", "ops@globalcare.example");
        ProviderPerson lin =
                providers.addPerson(care.id(), platform.id(), "provider", "林伟", "lin@globalcare.example", "provider");
        LocalDate endOfNextYear = LocalDate.of(
                LocalDate.ofInstant(clock.instant(), acme.timeZone()).getYear() + 1, 12, 31);
        grants.grant(lin.userId(), acme.id(), Set.of(Role.AGENT), endOfNextYear, Actor.system(platform.id()));
    }
}
