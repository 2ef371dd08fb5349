package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.search.TicketIndex;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.view.TicketSearchHit;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's text filter and the search page find tickets by the words of their title, description, messages and
 * progress records, segmented like Chinese is read and with Traditional folded to Simplified; a title match ranks
 * first; customers find only their own tickets and never by an internal note; odd queries never fail.
 */
@IntegrationTest
class TicketTextSearchTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    TicketIndex index;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManager entityManager;

    TenantInfo tenant;
    UserView agent;
    Actor staff;
    UserView customer;
    String inMessages;
    String inTitle;

    @BeforeEach
    void tickets() throws InterruptedException {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        staff = Fixtures.actor(agent);
        customer = fixtures.customer(tenant);
        inMessages = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket()
                                .title("手环同步问题")
                                .description("手环每天早上都要重新打开应用才能同步步数，昨天晚上的睡眠记录也不见了，手机和手环都已经重启过好几次，系统也是最新版本，请帮忙看看是什么原因。")
                                .build(),
                        Fixtures.actor(customer))
                .number();
        tickets.addMessage(inMessages, MessageKind.PUBLIC_REPLY, "请先确认蓝牙配对是否成功，然后重启手环。", staff);
        tickets.addMessage(inMessages, MessageKind.INTERNAL_NOTE, "退款审批已经提交给财务，等待主管签字。", staff);
        tickets.addProgress(
                inMessages,
                new ProgressEntry(
                        ProgressLabel.REMOTE_TROUBLESHOOTING, "已远程升级固件到 2.4.1 版本", null, null, null, false, true),
                staff);
        inTitle = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket()
                                .title("蓝牙配对总是失败")
                                .description("手机设置里能看到设备，但是点击连接以后十几秒就提示连接失败，换了两部手机都一样，恢复出厂设置以后也没有任何改善，说明书上的办法都试过了。")
                                .build(),
                        staff)
                .number();
        assertThat(index.awaitIndexed(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void wordsAreFoundInMessagesAndProgressRecordsInSimplifiedOrTraditional() {
        Api api = fixtures.api(agent);
        assertThat(numbers(api, "睡眠记录")).containsExactly(inMessages);
        assertThat(numbers(api, "固件")).containsExactly(inMessages);
        assertThat(numbers(api, "退款审批")).as("an internal note, for staff").containsExactly(inMessages);
        assertThat(numbers(api, "藍牙配對"))
                .as("Traditional folded to Simplified")
                .containsExactlyInAnyOrder(inMessages, inTitle);
        assertThat(numbers(api, "蓝牙 -手环")).as("an operator excludes a word").containsExactly(inTitle);
        assertThat(numbers(api, "\"重启手环\"")).containsExactly(inMessages);
    }

    @Test
    void aTitleMatchRanksAboveAMentionInAMessageWithTheWordsMarked() {
        List<TicketSearchHit> hits = queries.search("蓝牙配对", staff, 10);
        assertThat(hits).extracting(h -> h.ticket().number()).containsExactly(inTitle, inMessages);
        assertThat(hits.getFirst().titleHtml()).contains("<mark>蓝牙配对</mark>");
        assertThat(hits.get(1).snippetHtml()).contains("<mark>蓝牙配对</mark>").doesNotContain("<script");
    }

    @Test
    void aTicketIsFoundByItsNumberAndItsCustomersNamePhoneOrMailToo() {
        String named = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket()
                                .customer("王芳", "李娜", "wang.fang@example.cn")
                                .phone("13955667788")
                                .build(),
                        staff)
                .number();
        Api api = fixtures.api(agent);
        assertThat(numbers(api, "王芳"))
                .as("a two-character name, looked up whole")
                .containsExactly(named);
        assertThat(numbers(api, "李娜")).as("the contact person").containsExactly(named);
        assertThat(numbers(api, "王")).as("a part of a short name is not a name").isEmpty();
        assertThat(numbers(api, "5566778")).as("a part of the phone number").containsExactly(named);
        assertThat(numbers(api, "WANG.FANG@"))
                .as("a part of the e-mail address")
                .containsExactly(named);
        assertThat(numbers(api, named)).as("the number").containsExactly(named);
        assertThat(numbers(fixtures.api(customer), "王芳"))
                .as("not a customer's own")
                .isEmpty();
    }

    @Test
    void aNewMessageIsFoundOnceIndexed() throws InterruptedException {
        tickets.addMessage(inTitle, MessageKind.PUBLIC_REPLY, "建议把路由器的 2.4G 频段单独命名", staff);
        assertThat(index.awaitIndexed(Duration.ofSeconds(2))).isTrue();
        assertThat(numbers(fixtures.api(agent), "路由器")).containsExactly(inTitle);
    }

    @Test
    void customersFindOnlyTheirOwnTicketsAndNeverByAnInternalNote() {
        Api theirs = fixtures.api(customer);
        assertThat(numbers(theirs, "蓝牙配对")).containsExactly(inMessages);
        assertThat(numbers(theirs, "退款审批")).isEmpty();
        assertThat(numbers(theirs, "固件"))
                .as("a progress record shown to the customer")
                .containsExactly(inMessages);

        UserView stranger = fixtures.staff(fixtures.tenant(), Role.SUPERVISOR);
        assertThat(numbers(fixtures.api(stranger), "蓝牙配对")).as("another tenant").isEmpty();
    }

    @Test
    void operatorsPunctuationAndMarkupNeverFailAndATooLongQueryIsRefusedClearly() {
        Api api = fixtures.api(agent);
        for (String odd : List.of("\"AND (", "***", "蓝牙 OR", "<script>alert(1)</script>", "手环 | 路由器", "~1", "-")) {
            Api.Response found = list(api, odd);
            assertThat(found.status()).as(odd + ": " + found.body()).isEqualTo(200);
        }
        Api.Response tooLong = list(api, "蓝".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 200 characters");
    }

    @Test
    void theSearchPageListsTheBestMatchesWithTheWordsMarked() {
        WebSession pages = fixtures.pages(agent);
        WebSession.Page page = pages.get("/search?q=" + URLEncoder.encode("蓝牙配对", StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.url()).contains("/search");
        String html = page.html().html();
        assertThat(html).contains("id=\"hit-" + inTitle + "\"", "<mark>蓝牙配对</mark>");
        assertThat(html.indexOf("hit-" + inTitle)).isLessThan(html.indexOf("hit-" + inMessages));
    }

    @Test
    void anOperatorsRebuildRestoresWhatTheIndexLostWhileSearchesGoOn() throws InterruptedException {
        long id = queries.idOf(inTitle, staff);
        TenantScope.inTenant(
                tenant.id(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                    var plan = Search.session(entityManager).indexingPlan();
                    plan.purge(Ticket.class, id, null);
                    plan.execute();
                }));
        Api api = fixtures.api(agent);
        assertThat(numbers(api, "恢复出厂设置")).as("lost from the index").isEmpty();

        UserView operator = fixtures.staff(tenant, Role.PLATFORM_OPERATOR);
        assertThat(api.post("/actuator/searchindex", Map.of()).status())
                .as("operators only")
                .isEqualTo(403);
        assertThat(fixtures.api(operator)
                        .post("/actuator/searchindex?tenant=nobody-here", Map.of())
                        .status())
                .isEqualTo(404);
        // this tenant's: every tenant the test database holds would take its while
        assertThat(fixtures.api(operator)
                        .post("/actuator/searchindex?tenant=" + tenant.code(), Map.of())
                        .status())
                .isEqualTo(202);
        Instant deadline = Instant.now().plusSeconds(30);
        while (numbers(api, "恢复出厂设置").isEmpty() && Instant.now().isBefore(deadline)) {
            assertThat(numbers(api, "睡眠记录")).as("searching goes on").containsExactly(inMessages);
            Thread.sleep(100);
        }
        assertThat(numbers(api, "恢复出厂设置")).containsExactly(inTitle);
    }

    private static Api.Response list(Api api, String text) {
        return api.get("/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private static List<String> numbers(Api api, String text) {
        Api.Response found = list(api, text);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.get("items")
                .valueStream()
                .map(t -> t.get("number").asString())
                .toList();
    }
}
