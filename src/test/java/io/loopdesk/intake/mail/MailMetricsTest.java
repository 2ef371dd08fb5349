package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Mailbox health on the Prometheus endpoint: how many mailboxes fail now, and what became of the mail read. */
@IntegrationTest
class MailMetricsTest {

    @RegisterExtension
    static final GreenMailExtension server = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    MeterRegistry meters;

    @Test
    void aMailboxThatCannotBeReadCountsAsFailingUntilItIsReadAgainAndEveryMailReadIsCounted() throws Exception {
        Actor admin = Fixtures.actor(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        MailboxView mailbox = mailboxes.create(
                SupportMailbox.settings(MailProtocol.IMAP, SupportMailbox.IMAP, "wrong", SupportMailbox.SMTP), admin);
        double failingBefore = failing();
        double openedBefore = received("opened");

        polling.poll(mailbox.id());
        assertThat(failing()).isEqualTo(failingBefore + 1);

        mailboxes.change(mailbox.id(), SupportMailbox.imap(), admin);
        SupportMailbox.deliver(
                server,
                EveryMailEndsInOneOutcomeTest.mail("zhang.wei@example.com", "<counted@example.com>", "计数", "这封信被计数。"));
        polling.poll(mailbox.id());

        assertThat(failing()).isEqualTo(failingBefore);
        assertThat(received("opened")).isEqualTo(openedBefore + 1);
        Api.Response scraped = fixtures.api(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR))
                .get("/actuator/prometheus");
        assertThat(scraped.body())
                .contains("loopdesk_mailboxes_failing ")
                .contains("loopdesk_mail_received_total{outcome=\"opened\"}")
                .contains("loopdesk_mail_received_total{outcome=\"rejected\"}");
    }

    private double failing() {
        return meters.get("loopdesk.mailboxes.failing").gauge().value();
    }

    private double received(String outcome) {
        return meters.get("loopdesk.mail.received")
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
