package io.loopdesk.ticket.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's text filter keeps the newest matches however far back they are: it looks among the newest tickets first
 * and further back while too few matched, and finds exactly what one look at every ticket would.
 */
@IntegrationTest
class NewestMatchesTest {

    /** Matches kept: the first look then spans 16 × 2 ticket ids, fewer than the tickets made here. */
    private static final int KEPT = 2;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketIndex index;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theNewestMatchesAreKeptWhetherTheyAreAmongTheNewestTicketsOrFarBack() throws InterruptedException {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        long oldest = open(tenant, agent, "洗碗机漏水 旧型号");
        long older = open(tenant, agent, "洗碗机漏水 旧型号");
        for (int i = 0; i < 40; i++) {
            open(tenant, agent, "路由器经常断线 " + i);
        }
        long newer = open(tenant, agent, "洗碗机漏水 新型号");
        long newest = open(tenant, agent, "洗碗机漏水 新型号");
        assertThat(index.awaitIndexed(Duration.ofSeconds(10))).isTrue();

        assertThat(matching(tenant, "洗碗机漏水")).as("among the newest tickets").containsExactly(newest, newer);
        assertThat(matching(tenant, "旧型号"))
                .as("forty tickets further back than the first look")
                .containsExactly(older, oldest);
        assertThat(matching(tenant, "路由器经常断线 -洗碗机")).hasSize(KEPT);
        assertThat(matching(tenant, "没有这个词")).isEmpty();
    }

    private List<Long> matching(TenantInfo tenant, String words) {
        TicketTextSearch search = new TicketTextSearch(entityManager, KEPT);
        return TenantScope.inTenant(
                tenant.id(),
                () -> new TransactionTemplate(transactionManager).execute(tx -> search.matching(words, null, false)));
    }

    private long open(TenantInfo tenant, Actor agent, String title) {
        String number = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket().title(title).build(),
                        agent)
                .number();
        return TenantScope.inTenant(
                tenant.id(),
                () -> new TransactionTemplate(transactionManager)
                        .execute(tx -> entityManager
                                .createQuery("select t.id from Ticket t where t.number = :number", Long.class)
                                .setParameter("number", number)
                                .getSingleResult()));
    }
}
