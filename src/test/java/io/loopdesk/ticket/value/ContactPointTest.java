package io.loopdesk.ticket.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactPointTest {

    @ParameterizedTest
    @CsvSource({
        "13812341234, 13812341234",
        "138 1234 1234, 13812341234",
        "138-1234-1234, 13812341234",
        "+86 138 1234 1234, 13812341234",
        "008613812341234, 13812341234",
        "19912341234, 19912341234"
    })
    void mainlandMobilesAreNormalised(String typed, String stored) {
        assertThat(ContactPoint.parse(typed)).contains(new ContactPoint(ContactPoint.Kind.MOBILE, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812341234", "1381234123", "138123412345", "02112345678", "abc", "", "+1 415 555 0100"})
    void otherNumbersAreNoMobiles(String typed) {
        assertThat(ContactPoint.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Zhang.Wei@Example.COM, zhang.wei@example.com", "a+b@sub.example.cn, a+b@sub.example.cn"})
    void emailAddressesAreNormalised(String typed, String stored) {
        assertThat(ContactPoint.parse(typed)).contains(new ContactPoint(ContactPoint.Kind.EMAIL, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang@", "@example.com", "zhang@example", "zhang wei@example.com", "a@b@c.com", "a@.com"})
    void malformedAddressesAreRefused(String typed) {
        assertThat(ContactPoint.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"13812341234, 138****1234", "zhang.wei@example.com, z***@example.com"})
    void maskingHidesTheMiddle(String value, String masked) {
        assertThat(ContactPoint.parse(value).orElseThrow().masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
        "root@localhost, root@localhost",
        "c@y, c@y",
        "bob@extern, bob@extern",
        "jdöe@mächine.example, jdöe@mächine.example",
        "张伟@例子.中国, 张伟@例子.中国",
        "\"john doe\"@example.com, \"john doe\"@example.com",
        "ops@[192.0.2.1], ops@[192.0.2.1]",
        "Zhang.Wei@Example.COM, zhang.wei@example.com"
    })
    void aMailsSenderIsTakenAsTheMailNamesIt(String header, String stored) {
        assertThat(ContactPoint.read(header, ContactPoint.Source.MAIL_HEADER))
                .contains(new ContactPoint(ContactPoint.Kind.EMAIL, stored));
    }

    @Test
    void aMobileNumberOnAMailTicketIsStillAMobileNumber() {
        assertThat(ContactPoint.read("138 1234 1234", ContactPoint.Source.MAIL_HEADER))
                .contains(new ContactPoint(ContactPoint.Kind.MOBILE, "13812341234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root@localhost", "c@y", "bob@extern", "jdöe@mächine.example"})
    void aPersonTypingIsStillHeldToTheCommonShape(String typed) {
        assertThat(ContactPoint.read(typed, ContactPoint.Source.TYPED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"MAILER-DAEMON", "a b@example.com", "@example.com", "a@", "a@-x", "a..b@example.com", "a@b@c"})
    void aMailSenderMustStillBeAnAddress(String header) {
        assertThat(ContactPoint.read(header, ContactPoint.Source.MAIL_HEADER)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"root@localhost, r***@localhost", "13812341234, 138****1234"})
    void aStoredContactIsMaskedWhateverItsShape(String stored, String masked) {
        assertThat(ContactPoint.stored(stored).masked()).isEqualTo(masked);
    }
}
