package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Work no user started sees nothing until it names its tenant: the system actor acts within the scope its work runs
 * in and never widens it, and background threads start in no tenant at all.
 */
@IntegrationTest
class BackgroundWorkScopeTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TicketQueries queries;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor background;

    TenantInfo acme;
    TenantInfo other;
    String acmeTicket;
    String otherTicket;

    @BeforeEach
    void setUp() {
        acme = fixtures.tenant();
        other = fixtures.tenant();
        acmeTicket = fixtures.ticketOf(fixtures.customer(acme)).number();
        otherTicket = fixtures.ticketOf(fixtures.customer(other)).number();
    }

    @Test
    void unscopedWorkSeesNoTicket() {
        assertThat(TenantScope.current()).isEqualTo(TenantScope.NO_TENANT);
        assertThatThrownBy(() -> queries.get(acmeTicket, Actor.system()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void systemActorInOneTenantSeesOnlyThatTenant() {
        TenantScope.inTenant(acme.id(), () -> {
            assertThat(queries.get(acmeTicket, Actor.system()).number()).isEqualTo(acmeTicket);
            assertThatThrownBy(() -> queries.get(otherTicket, Actor.system())).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> queries.get(otherTicket, Actor.system(acme.id())))
                    .isInstanceOf(DomainException.class);
        });
    }

    @Test
    void onlyNamedCrossTenantWorkSeesEveryTenant() {
        TenantScope.asSystem(() -> {
            assertThat(queries.get(acmeTicket, Actor.system()).number()).isEqualTo(acmeTicket);
            assertThat(queries.get(otherTicket, Actor.system()).number()).isEqualTo(otherTicket);
        });
    }

    @Test
    void anAppActingForItsTenantDoesNotSeeOthers() {
        Actor app = new Actor(null, acme.id(), "app-shop", "Shop app", Set.of());
        assertThat(app.seesAllTenants()).isFalse();
        assertThatThrownBy(() -> queries.get(otherTicket, app)).isInstanceOf(DomainException.class);
        assertThat(queries.get(acmeTicket, app).number()).isEqualTo(acmeTicket);
    }

    @Test
    void backgroundThreadsStartInNoTenant() throws Exception {
        CompletableFuture<Long> scope = new CompletableFuture<>();
        TenantScope.asSystem(() -> background.execute(() -> scope.complete(TenantScope.current())));
        assertThat(scope.get(10, TimeUnit.SECONDS)).isEqualTo(TenantScope.NO_TENANT);
    }
}
