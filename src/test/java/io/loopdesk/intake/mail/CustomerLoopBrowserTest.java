package io.loopdesk.intake.mail;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.sun.net.httpserver.HttpServer;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestMail;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole loop with a customer of each channel, the customer's side in Chromium on a phone: the ticket comes in
 * (a web form, a mail through the support mailbox, the brand's app, a caller), is solved, the result notice reaches
 * the customer where they are (the mailbox's SMTP server, the tenant's mail, the SMS gateway), the survey link is
 * opened on the phone and answered 不满意, and a supervisor works the review with a return visit and closes it.
 */
@IntegrationTest
@Tag("browser")
class CustomerLoopBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    static final GreenMailExtension mail = SupportMailbox.server();

    private static final Pattern LINK = Pattern.compile("/r/(lds_[A-Za-z0-9_-]+)");

    /** Text messages the HTTP SMS provider posted to the gateway. */
    private static final List<String> texts = new CopyOnWriteArrayList<>();

    private static final HttpServer gateway = gateway();

    @DynamicPropertySource
    static void smsGateway(DynamicPropertyRegistry registry) {
        registry.add("loopdesk.notification.sms.provider", () -> "http");
        registry.add(
                "loopdesk.notification.sms.url",
                () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    BackgroundWork background;

    TenantInfo tenant;
    UserView agentUser;
    Actor agent;
    UserView supervisor;

    @BeforeEach
    void desk() {
        tenant = fixtures.tenant();
        agentUser = fixtures.staff(tenant, Role.AGENT);
        agent = Fixtures.actor(agentUser);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
    }

    @Test
    void aWebCustomerIsToldByMailAndTheLowRatingIsReviewed() throws Exception {
        UserView customer = fixtures.customer(tenant);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .customer("上海某某科技有限公司", "张伟", customer.email())
                        .build(),
                Fixtures.actor(customer));
        solve(ticket.number());

        String body = lastMail(TestMail.to(customer.email()), ticket.number());
        loop(ticket.number(), token(body), "web");
    }

    @Test
    void aMailCustomerIsAnsweredInTheirThreadAndTheLowRatingIsReviewed() throws Exception {
        Actor admin = Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN));
        MailboxView mailbox = mailboxes.create(SupportMailbox.imap(), admin);
        MimeMessage incoming = new MimeMessage(Session.getInstance(new Properties()));
        incoming.setFrom(new InternetAddress("li.na@example.com", "李娜", "UTF-8"));
        incoming.setRecipients(jakarta.mail.Message.RecipientType.TO, SupportMailbox.ADDRESS);
        incoming.setSubject("门锁一直离线", "UTF-8");
        incoming.setText("门锁从昨天开始一直显示离线，重启路由器也没有用。", "UTF-8");
        incoming.saveChanges();
        mail.getUserManager().getUserByEmail(SupportMailbox.ADDRESS).deliver(incoming);
        polling.poll(mailbox.id());
        String number = queries.list(TicketQuery.builder().build(), Fixtures.actor(supervisor)).items().stream()
                .filter(t -> t.channel() == Channel.EMAIL)
                .findFirst()
                .orElseThrow()
                .number();
        solve(number);

        List<MimeMessage> toCustomer = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> addressedTo(m, "li.na@example.com"))
                .toList();
        MimeMessage result = toCustomer.stream()
                .filter(m -> body(m).contains("/r/lds_"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(result.getFrom()[0].toString())
                .as("from the mailbox the customer wrote to")
                .contains(SupportMailbox.ADDRESS);
        assertThat(result.getHeader("In-Reply-To"))
                .as("in the customer's thread")
                .isNotNull();
        loop(number, token(body(result)), "mail");
    }

    @Test
    void anAppUserIsToldByTextFollowsInTheAppAndTheLowRatingIsReviewed() throws Exception {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        String key = fixtures.api(admin)
                .post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"))
                .text("key");
        Api app = fixtures.app(key);
        String number = app.post(
                        "/api/v1/feedback",
                        Map.of(
                                "userId", "u-2026",
                                "contact", "13912345678",
                                "title", "门锁离线",
                                "description", Fixtures.DESCRIPTION))
                .text("ticketNumber");
        solve(number);

        assertThat(app.get("/api/v1/feedback/" + number + "?userId=u-2026")
                        .get("mayConfirm")
                        .asBoolean())
                .as("the app shows the solution to confirm")
                .isTrue();
        loop(number, token(lastText(number)), "app");
        assertThat(app.get("/api/v1/feedback/" + number + "?userId=u-2026").text("status"))
                .isEqualTo("RESOLVED");
    }

    @Test
    void aCallerIsToldByTextAndTheLowRatingIsReviewed() throws Exception {
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.PHONE,
                Fixtures.validTicket()
                        .customer("个人客户", "王先生", "13712345678")
                        .phone("13712345678")
                        .title("来电：门锁无法开启")
                        .description(Fixtures.DESCRIPTION)
                        .build(),
                agent);
        solve(ticket.number());

        loop(ticket.number(), token(lastText(ticket.number())), "phone");
    }

    /** The agent answers and offers the solution; the notices go out. */
    private void solve(String number) {
        background.settle();
        tickets.assign(number, agentUser.id(), null, agent);
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "已远程为门锁升级固件，请重启后再试。", agent);
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
    }

    /**
     * On the phone: the survey link, 不满意 with a comment. At the desk: the review with a return visit, closed with
     * a conclusion.
     */
    private void loop(String number, String token, String channel) {
        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        phone.get(fixtures.baseUrl() + "/r/" + token);
        assertThat(text(phone, "#survey-ticket")).contains(number);
        assertThat(text(phone, "#survey-solution")).contains("升级固件");
        phone.findElement(By.cssSelector("input[name='overall'][value='DISSATISFIED']"))
                .click();
        phone.findElement(By.id("comment")).sendKeys("升级后还是经常离线");
        Browser.screenshot(phone, "test-survey-" + channel + "-phone");
        phone.findElement(By.id("survey-confirm-submit")).click();
        waitForText(phone, "#survey-done", "感谢");
        background.settle();

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/desk/reviews");
        assertThat(text(desk, "#reviews")).contains(number, "升级后还是经常离线");
        desk.findElement(By.linkText(number)).click();
        new org.openqa.selenium.support.ui.Select(desk.findElement(By.id("outcome"))).selectByValue("EXPLAINED");
        desk.findElement(By.id("note")).sendKeys("电话回访：已解释需更换网关");
        desk.findElement(By.id("review-visit-save")).click();
        waitForText(desk, "#review-visits", "电话回访");
        desk.findElement(By.id("conclusion")).sendKeys("网关老旧导致离线，已安排更换");
        desk.findElement(By.id("review-close-save")).click();
        waitForText(desk, "#review-conclusion", "已安排更换");
        assertThat(queries.get(number, Fixtures.actor(supervisor))
                        .rating()
                        .satisfaction()
                        .name())
                .isEqualTo("DISSATISFIED");
    }

    private String lastText(String number) {
        return texts.stream()
                .filter(t -> t.contains(number) && t.contains("/r/lds_"))
                .reduce((a, b) -> b)
                .orElseThrow(
                        () -> new AssertionError("no text message with a survey link about " + number + ": " + texts));
    }

    private static String lastMail(List<MimeMessage> mails, String number) {
        return mails.stream()
                .map(CustomerLoopBrowserTest::body)
                .filter(b -> b.contains(number) && b.contains("/r/lds_"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no mail with a survey link about " + number));
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(link.find()).as("a survey link in " + body).isTrue();
        return link.group(1);
    }

    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    Object part = parts.getBodyPart(i).getContent();
                    text.append(part instanceof String s ? s : "");
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                String posted = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                // the JSON escapes non-ASCII text; the survey link and ticket number are plain ASCII
                texts.add(posted.replace("\\/", "/"));
                byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
