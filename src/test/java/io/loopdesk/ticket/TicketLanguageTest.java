package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each ticket's language is detected when it is registered, shown on its page and in the API, and the list filters
 * by it; a language filter that is not a language tag is refused with what to write instead.
 */
@IntegrationTest
class TicketLanguageTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Test
    void ticketsAreListedByTheLanguageTheyAreWrittenIn() {
        TenantInfo tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        TicketView simplified = open(tenant, customer, "蓝牙连不上", "手机连不上蓝牙了，重启了好几次也没用，换了一台手机也一样，麻烦帮忙看看是什么问题，谢谢你们的帮助，急用。");
        TicketView traditional =
                open(tenant, customer, "藍牙連不上", "手機連不上藍牙了，重新開機好幾次也沒用，換了一支手機也一樣，麻煩幫忙看看是什麼問題，謝謝你們的幫忙，急用。");
        TicketView english = open(
                tenant,
                customer,
                "Camera page crashes",
                "The app crashes every time I open the camera page after the last update, on two different phones.");
        assertThat(simplified.language()).isEqualTo("zh-CN");
        assertThat(traditional.language()).isEqualTo("zh-TW");
        assertThat(english.language()).isEqualTo("en");

        Api api = fixtures.api(agent);
        assertThat(numbers(api.get("/api/v1/tickets?language=zh-TW"))).containsExactly(traditional.number());
        assertThat(numbers(api.get("/api/v1/tickets?language=EN"))).containsExactly(english.number());
        Api.Response bad = api.get("/api/v1/tickets?language=中文");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("zh-CN, zh-TW or en");

        assertThat(fixtures.pages(agent)
                        .get("/tickets/" + traditional.number())
                        .html()
                        .select("#ticket-language")
                        .text())
                .isEqualTo("Chinese (Taiwan)");
        assertThat(fixtures.pages(agent)
                        .get("/workspace?view=all&language=zh-CN")
                        .text())
                .contains(simplified.number())
                .doesNotContain(traditional.number(), english.number());
    }

    private TicketView open(TenantInfo tenant, UserView customer, String title, String description) {
        return tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title(title).description(description).build(),
                Fixtures.actor(customer));
    }

    private static List<String> numbers(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.get("items")
                .valueStream()
                .map(t -> t.get("number").asString())
                .toList();
    }
}
