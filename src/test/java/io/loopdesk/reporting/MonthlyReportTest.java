package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.monthly.MonthlyReportMail;
import io.loopdesk.reporting.monthly.ReportSubscriptions;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly 《用户反馈分析报告》: a PDF whose text (Chinese included) carries the month's figures and a written
 * summary, downloaded from the report page, and e-mailed once to its subscribers on the month's first working day.
 */
@IntegrationTest
class MonthlyReportTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    ReportFold fold;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    @Autowired
    MonthlyReportMail mail;

    @Autowired
    ReportSubscriptions subscriptions;

    @Test
    void theMonthsReportReadsInChineseAndEnglishAndIsMailedOnceOnTheFirstWorkingDay() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView customer = fixtures.customer(tenant);
        clock.set(LocalDateTime.of(2026, 11, 10, 10, 0).atZone(SHANGHAI).toInstant());
        for (int i = 0; i < 3; i++) {
            TicketView ticket = tickets.open(
                    tenant.id(), Channel.WEB, Fixtures.validTicket().build(), Fixtures.actor(customer));
            clock.advance(java.time.Duration.ofMinutes(30));
            tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "您好，已收到。", Fixtures.actor(agent));
            if (i == 0) {
                tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(agent));
            }
            if (i == 1) {
                tickets.flagComplaint(
                        ticket.number(),
                        "客户要求投诉",
                        io.loopdesk.ticket.value.TicketPriority.HIGH,
                        Fixtures.actor(supervisor));
            }
        }
        background.settle();
        fold.foldPending();

        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        Api.Download pdf = chinese.download("/reports/monthly.pdf?month=2026-11");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains("用户反馈分析报告", tenant.name(), "2026年11月", "受理量", "本月共受理工单 3 单，解决 1 单");
        // what the feedback talked about and the complaints' signals are in it too
        assertThat(text).contains("高频词", "门锁", "投诉信号");
        String english = text(WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "en")
                .download("/reports/monthly.pdf?month=2026-11")
                .body());
        assertThat(english).contains("User Feedback Analysis Report", "The desk received 3 tickets, solved 1");

        assertThat(chinese.download("/reports/monthly.pdf?month=2026-13").status())
                .isEqualTo(400);
        assertThat(fixtures.api(agent)
                        .download("/reports/monthly.pdf?month=2026-11")
                        .status())
                .as("an agent gets no PDF")
                .isIn(302, 403);

        subscriptions.subscribe(tenant.id(), supervisor.id());
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant());
        // the timer fires on two nodes at the same moment: the database lets one of them send
        java.util.concurrent.CompletableFuture<Void> one =
                java.util.concurrent.CompletableFuture.runAsync(mail::sendWhereDue);
        java.util.concurrent.CompletableFuture<Void> other =
                java.util.concurrent.CompletableFuture.runAsync(mail::sendWhereDue);
        one.join();
        other.join();
        mail.sendWhereDue();
        background.settle();
        List<MimeMessage> received = reports(supervisor);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("用户反馈分析报告 2026-11");
        Part attached = ((Multipart) received.getFirst().getContent()).getBodyPart(1);
        assertThat(attached.getFileName()).isEqualTo("loopdesk-feedback-report-2026-11.pdf");
        try (InputStream in = attached.getInputStream()) {
            assertThat(text(in.readAllBytes())).contains("用户反馈分析报告", "本月共受理工单 3 单");
        }
    }

    @Test
    void theFirstWorkingDayFollowsTheTenantsCalendar() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        subscriptions.subscribe(tenant.id(), supervisor.id());
        // 1 to 7 October 2026 are National Day holidays: nothing goes out on the 1st, the report leaves on the 8th
        clock.set(LocalDateTime.of(2026, 10, 1, 9, 0).atZone(SHANGHAI).toInstant());
        mail.sendWhereDue();
        background.settle();
        assertThat(reports(supervisor)).isEmpty();
        clock.set(LocalDateTime.of(2026, 10, 8, 7, 59).atZone(SHANGHAI).toInstant());
        mail.sendWhereDue();
        background.settle();
        assertThat(reports(supervisor)).isEmpty();
        clock.set(LocalDateTime.of(2026, 10, 8, 8, 0).atZone(SHANGHAI).toInstant());
        mail.sendWhereDue();
        background.settle();
        assertThat(reports(supervisor)).hasSize(1);
        assertThat(mail.send(tenant, YearMonth.of(2026, 9))).as("sent once").isZero();
    }

    /** The monthly reports among the e-mails the supervisor got (the SLA also writes to them as days pass). */
    private static List<MimeMessage> reports(UserView supervisor) {
        return TestMail.to(supervisor.email()).stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().contains("用户反馈分析报告");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
