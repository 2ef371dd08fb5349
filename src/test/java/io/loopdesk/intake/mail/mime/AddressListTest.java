package io.loopdesk.intake.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.Mails;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AddressListTest {

    @Test
    void displayNamesWithCommasAndEncodedWordsAreRead() {
        assertThat(AddressList.parse(
                        "\"Smith, Karoline\" <k.smith@example.com>, =?UTF-8?B?5byg5Lyf?= <zhang.wei@example.cn>", null))
                .containsExactly(
                        new MailAddress("k.smith@example.com", "Smith, Karoline"),
                        new MailAddress("zhang.wei@example.cn", "张伟"));
    }

    @Test
    void aCommaInsideAnEncodedWordDoesNotSplitTheList() {
        assertThat(AddressList.parse("=?iso-8859-1?Q?B=FCrling,=20Andreas?= <smith@example.com>", null))
                .containsExactly(new MailAddress("smith@example.com", "Bürling, Andreas"));
    }

    @Test
    void bareAddressesCommentsAndSemicolonsAreRead() {
        assertThat(AddressList.parse("a@example.com; MAILER-DAEMON@example.com (Mail Delivery System)", null))
                .containsExactly(
                        new MailAddress("a@example.com", ""),
                        new MailAddress("MAILER-DAEMON@example.com", "Mail Delivery System"));
    }

    @Test
    void anInternationalisedAddressInRawUtf8IsDecoded() {
        String header = Mails.bytesAsLatin1("Jürgen Döe <jdöe@mächine.example>, 张伟@例子.中国", StandardCharsets.UTF_8);

        assertThat(AddressList.parse(header, null))
                .containsExactly(
                        new MailAddress("jdöe@mächine.example", "Jürgen Döe"), new MailAddress("张伟@例子.中国", ""));
    }

    @Test
    void groupsGiveTheirMembersAndEmptyGroupsNothing() {
        assertThat(AddressList.parse("Team: a@example.com, b@example.com;", null))
                .extracting(MailAddress::address)
                .containsExactly("a@example.com", "b@example.com");
        assertThat(AddressList.parse("undisclosed-recipients:;", null)).isEmpty();
    }

    @Test
    void sloppyAddressesStillGiveTheAddress() {
        assertThat(AddressList.parse("Zhang Wei <zhang@example.com", null))
                .containsExactly(new MailAddress("zhang@example.com", "Zhang Wei"));
        assertThat(AddressList.parse("Test test@example.com", null))
                .containsExactly(new MailAddress("test@example.com", "Test"));
        assertThat(AddressList.parse("\"someone@example.com\"", null))
                .containsExactly(new MailAddress("someone@example.com", ""));
    }

    @Test
    void rawGbkDisplayNamesAreDecoded() {
        String raw = "\"" + Mails.bytesAsLatin1("武兰成", Charset.forName("GBK")) + "\" <wu@example.com>";

        assertThat(AddressList.parse(raw, "GB18030")).containsExactly(new MailAddress("wu@example.com", "武兰成"));
    }

    @Test
    void emptyAnglesAndMissingHeadersGiveNoAddress() {
        assertThat(AddressList.parse("\"我\" <>", null)).isEmpty();
        assertThat(AddressList.parse(null, null)).isEmpty();
    }
}
