package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailEnvelopeTest {

    @Test
    void aReplyAnswersTheMailItNamesAndReferencesIt() {
        EmailEnvelope reply =
                EmailEnvelope.reply("261130-000042.7.ab12cd34@acme.test", "c-1@example.com", "mailbox:3", List.of());

        assertThat(reply.inReplyTo()).isEqualTo("c-1@example.com");
        assertThat(reply.references()).containsExactly("c-1@example.com");
        assertThat(EmailEnvelope.reply("x@acme.test", null, "mailbox:3", List.of())
                        .references())
                .as("the first mail of a conversation references nothing")
                .isEmpty();
    }

    @Test
    void messageIdsAreStoredWithoutAngleBracketsOrSpaces() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailEnvelope.reply("<x@acme.test>", null, "mailbox:3", List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailEnvelope.reply("x@acme.test", "a b@example.com", "mailbox:3", List.of()));
    }

    @Test
    void aRouteAndAttachmentReferencesAreShortNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmailEnvelope.reply("x@acme.test", null, " ", List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailEnvelope.reply("x@acme.test", null, "mailbox:3", List.of("x".repeat(201))));
    }

    @Test
    void aRoutesPasswordStaysOutOfLogs() {
        SmtpRoute route = new SmtpRoute(
                "support@acme.test", "Support", "smtp.acme.test", 465, SmtpRoute.Security.SSL, "support", "s3cret");

        assertThat(route.toString())
                .contains("support@acme.test", "smtp.acme.test")
                .doesNotContain("s3cret");
    }
}
