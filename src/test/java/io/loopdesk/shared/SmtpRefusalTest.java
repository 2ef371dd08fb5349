package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** Only the server's final no is final: a 5xx reply or an address that cannot be written. */
class SmtpRefusalTest {

    @Test
    void aRecipientRefusedWith5xxIsRefusedForGood() throws AddressException {
        SendFailedException failed =
                new SendFailedException("Invalid Addresses", recipient(554, "Relay access denied"));

        assertThat(SmtpRefusal.isPermanent(failed)).isTrue();
        assertThat(SmtpRefusal.describe(failed))
                .isEqualTo("SendFailedException: Invalid Addresses (554 5.7.1 Relay access denied)");
    }

    @Test
    void aMessageRefusedWith5xxAfterItsDataIsRefusedForGood() {
        assertThat(SmtpRefusal.isPermanent(new SMTPSendFailedException(
                        "DATA", 554, "554 5.7.1 Message rejected as spam", null, null, null, null)))
                .isTrue();
    }

    @Test
    void aTemporaryRefusalIsTriedAgain() throws AddressException {
        assertThat(SmtpRefusal.isPermanent(new SendFailedException("Invalid Addresses", recipient(451, "Try again"))))
                .isFalse();
    }

    @Test
    void noConnectionAndAFailedLoginAreTriedAgain() {
        assertThat(SmtpRefusal.isPermanent(new MessagingException("Couldn't connect", new ConnectException())))
                .isFalse();
        assertThat(SmtpRefusal.isPermanent(new AuthenticationFailedException("535 5.7.8 Bad credentials")))
                .isFalse();
        assertThat(SmtpRefusal.isPermanent(new IllegalStateException("no mailbox")))
                .isFalse();
    }

    @Test
    void anAddressThatCannotBeWrittenIsRefusedForGood() {
        assertThat(SmtpRefusal.isPermanent(new AddressException("Illegal address", "a b@c")))
                .isTrue();
    }

    private static SMTPAddressFailedException recipient(int code, String text) throws AddressException {
        return new SMTPAddressFailedException(
                new InternetAddress("zhang.wei@example.com"),
                "RCPT TO:<zhang.wei@example.com>",
                code,
                code + " " + (code / 100) + ".7.1 " + text);
    }
}
