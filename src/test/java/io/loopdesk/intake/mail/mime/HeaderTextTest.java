package io.loopdesk.intake.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.Mails;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTextTest {

    private static final Charset GB2312 = Charset.forName("GB2312");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "=?iso-8859-1?Q?aa=E4=F6=FC=DFad_asd?=                  | aaäöüßad asd",
                "=?UTF-8?B?5pyN5Yqh5bel5Y2V?=                            | 服务工单",
                "=?GB2312?B?vqvS5sn6svrJwbvpLMrHy621xNTwyM4=?=           | 精益生产闪婚,是谁的责任",
                "=?big5?B?wWPF6aSkpOWryKpB?=                             | 繁體中文客服",
                "=?utf-8?q?Re=3A_Bestellung?= Nr. 42                     | Re: Bestellung Nr. 42",
                "Re: =?windows-1251?B?0eXw4+XpINPj6+j26uj1?=             | Re: Сергей Углицких",
                "=?ISO-2022-JP?B?GyRCJUQhPCVrGyhC?=                      | ツール",
                "plain ASCII subject                                     | plain ASCII subject"
            })
    void encodedWordsAreDecoded(String raw, String decoded) {
        assertThat(HeaderText.decode(raw, null)).isEqualTo(decoded);
    }

    @Test
    void whiteSpaceBetweenAdjacentEncodedWordsIsDropped() {
        assertThat(HeaderText.decode("=?utf-8?Q?Hello?= \r\n =?utf-8?Q?_World?=", null))
                .isEqualTo("Hello World");
    }

    @Test
    void aCharacterSplitAcrossTwoEncodedWordsIsJoinedBeforeDecoding() {
        // 服 is E6 9C 8D in UTF-8; an encoder split it between the two words
        assertThat(HeaderText.decode("=?UTF-8?Q?=E6=9C?= =?UTF-8?Q?=8D=E5=8A=A1?=", null))
                .isEqualTo("服务");
    }

    @Test
    void textBetweenEncodedWordsAndPlainWordsKeepsItsSpaces() {
        assertThat(HeaderText.decode("=?UTF-8?B?8J+Tpw==?= Test\r\n =?gbk?b?yqnKz8qzyqjKtw==?=", null))
                .isEqualTo("📧 Test 施氏食狮史");
    }

    @Test
    void encodedWordsInsideWordsAndQuotesAreDecodedToo() {
        assertThat(HeaderText.decode("\"=?utf-8?Q?M=C3=BCller?=\"", null)).isEqualTo("\"Müller\"");
    }

    @Test
    void rawGb2312BytesAreDecodedWithTheMessagesCharset() {
        String raw = Mails.bytesAsLatin1("转发：整体提升企业服务水平", GB2312);

        assertThat(HeaderText.decode(raw, "GB18030")).isEqualTo("转发：整体提升企业服务水平");
    }

    @Test
    void rawGb2312BytesAreRecognisedWithoutAHint() {
        assertThat(HeaderText.decode(Mails.bytesAsLatin1("武兰成", GB2312), null)).isEqualTo("武兰成");
    }

    @Test
    void rawUtf8AndLatin1BytesAreDecoded() {
        assertThat(HeaderText.decode(Mails.bytesAsLatin1("Grüße", StandardCharsets.UTF_8), null))
                .isEqualTo("Grüße");
        assertThat(HeaderText.decode(Mails.bytesAsLatin1("Grüße", StandardCharsets.ISO_8859_1), null))
                .isEqualTo("Grüße");
    }

    @Test
    void foldedLinesAreUnfoldedAndEncodedLineBreaksRemoved() {
        assertThat(HeaderText.decode("Benachrichtung\r\n\tzum Status  ", null)).isEqualTo("Benachrichtung\tzum Status");
        assertThat(HeaderText.decode("=?UTF-8?B?DQrmtYvor5U=?=", null)).isEqualTo("测试");
    }

    @Test
    void brokenEncodedWordsAreLeftAsTheyAre() {
        assertThat(HeaderText.decode("=?utf-8?Q?unterminated", null)).isEqualTo("=?utf-8?Q?unterminated");
        assertThat(HeaderText.decode("=?x-no-such-charset?Q?caf=E9?=", null)).isEqualTo("café");
        assertThat(HeaderText.decode("=?utf-8?B?!!!?=", null)).isEmpty();
    }
}
