package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Side conversations against a real mail server (GreenMail): an agent writes from a ticket to a merchant while the
 * customer waits; the e-mail goes out from the support mailbox through the outbox, the merchant's answer threads
 * back into that side conversation — never into the customer's conversation, which the customer's portal shows
 * unchanged — and the next e-mail answers it. A mail from someone else carrying the conversation's mark does not
 * join it; bad input is refused field by field.
 */
@IntegrationTest
class SideConversationsTest {

    static final String MERCHANT = "shop-owner@merchant.test";

    @RegisterExtension
    static final GreenMailExtension mail = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    BackgroundWork background;

    @Autowired
    TicketQueries queries;

    TenantInfo tenant;
    UserView agent;
    UserView customer;
    MailboxView mailbox;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        customer = fixtures.customer(tenant);
        mailbox = mailboxes.create(SupportMailbox.imap(), Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN)));
    }

    @Test
    void theMerchantsAnswerThreadsIntoTheSideConversationAndNeverReachesTheCustomer() throws Exception {
        String number = fixtures.ticketOf(customer).number();
        WebSession pages = fixtures.pages(agent);
        WebSession.Page panel = pages.post(
                "/tickets/" + number + "/side",
                Map.of("to", MERCHANT, "subject", "订单 8812 退款核实", "body", "您好，客户反映订单 8812 重复扣款，请核实后回复。"));
        assertThat(panel.text()).contains("The e-mail is on its way.", "订单 8812 退款核实", MERCHANT);
        long conversation = fixtures.api(agent)
                .get("/api/v1/tickets/" + number + "/side-conversations")
                .json()
                .get(0)
                .get("id")
                .asLong();

        background.settle();
        MimeMessage sent = receivedBy(MERCHANT, 1);
        assertThat(sent.getSubject()).isEqualTo("订单 8812 退款核实 [#S" + conversation + "]");
        assertThat(sent.getFrom()[0].toString()).contains(SupportMailbox.ADDRESS);
        assertThat((String) sent.getContent()).contains("重复扣款");

        deliver(SupportMailbox.mail(
                MERCHANT, "店长", "Re: " + sent.getSubject(), "已核实，今天原路退回 59 元。\n\n> 您好，客户反映", sent.getMessageID()));
        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        JsonNode side = fixtures.api(agent)
                .get("/api/v1/tickets/" + number + "/side-conversations")
                .json()
                .get(0);
        assertThat(side.get("messages").findValuesAsString("body")).last().isEqualTo("已核实，今天原路退回 59 元。");
        assertThat(side.get("messages").get(1).get("outgoing").asBoolean()).isFalse();
        // the customer's conversation is as it was, and no ticket came of the merchant's mail
        assertThat(queries.messages(number, Fixtures.actor(agent))).isEmpty();
        assertThat(queries.list(TicketQuery.builder().build(), Fixtures.actor(agent))
                        .items())
                .hasSize(1);
        assertThat(pages.get("/tickets/" + number).text()).contains(MERCHANT + " answered in a side conversation");
        assertThat(fixtures.pages(customer).get("/portal/tickets/" + number).text())
                .doesNotContain("59 元", "退款核实", MERCHANT);
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/side-conversations")
                        .status())
                .isEqualTo(403);

        // the next e-mail answers the conversation
        pages.post("/tickets/" + number + "/side/" + conversation, Map.of("body", "收到，谢谢。"));
        background.settle();
        MimeMessage next = receivedBy(MERCHANT, 2);
        assertThat(next.getSubject()).isEqualTo("Re: 订单 8812 退款核实 [#S" + conversation + "]");
        assertThat(next.getHeader("In-Reply-To")[0]).isEqualTo(sent.getMessageID());

        // someone else using the mark does not join it: theirs is mail like any other
        deliver(SupportMailbox.mail("stranger@elsewhere.test", "路人", "Re: [#S" + conversation + "]", "我也想退款", null));
        polling.poll(mailbox.id());
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/side-conversations")
                        .json()
                        .get(0)
                        .get("messages")
                        .findValuesAsString("body"))
                .doesNotContain("我也想退款");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndATenantWithoutAMailboxIsTold() {
        String number = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(agent);
        Api.Response wrong = api.post(
                "/api/v1/tickets/" + number + "/side-conversations",
                Map.of("to", "not an address", "subject", "", "body", " "));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains(
                        "Give the e-mail address to write to.",
                        "Give a subject of 1 to 300 characters.",
                        "Write the message, at most 100000 characters.");
        assertThat(api.post("/api/v1/tickets/" + number + "/side-conversations/999999/messages", Map.of("body", "hi"))
                        .body())
                .contains("has no side conversation 999999");
        assertThat(fixtures.api(customer)
                        .post(
                                "/api/v1/tickets/" + number + "/side-conversations",
                                Map.of("to", MERCHANT, "subject", "x", "body", "y"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/tickets/" + number + "/side-conversations").json())
                .isEmpty();

        // a tenant without a support mailbox: the history says the e-mail was not sent
        TenantInfo bare = fixtures.tenant();
        UserView bareAgent = fixtures.staff(bare, Role.AGENT);
        String bareTicket = fixtures.ticketOf(fixtures.customer(bare)).number();
        assertThat(fixtures.api(bareAgent)
                        .post(
                                "/api/v1/tickets/" + bareTicket + "/side-conversations",
                                Map.of("to", MERCHANT, "subject", "核实", "body", "请核实"))
                        .status())
                .isEqualTo(201);
        background.settle();
        assertThat(fixtures.pages(bareAgent).get("/tickets/" + bareTicket).text())
                .contains("A side conversation e-mail to " + MERCHANT + " was not sent");
    }

    private MimeMessage receivedBy(String address, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> to(address).size() >= count);
        return to(address).get(count - 1);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static void deliver(MimeMessage message) throws Exception {
        mail.getUserManager().getUserByEmail(SupportMailbox.ADDRESS).deliver(message);
    }
}
