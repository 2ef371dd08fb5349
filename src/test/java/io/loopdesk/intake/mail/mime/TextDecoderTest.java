package io.loopdesk.intake.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void gbkBytesUnderAGb2312LabelAreReadAsTheSuperset() {
        // 鎔 and 囧 are in GBK but not in GB2312: what mail labelled gb2312 really carries (corpus mail031)
        byte[] bytes = "內應力產生與鎔囧".getBytes(GBK);

        assertThat(TextDecoder.decode(bytes, "gb2312")).isEqualTo("內應力產生與鎔囧");
    }

    @ParameterizedTest
    @CsvSource({
        "GB18030, 客服工单𠀀",
        "GBK, 您好，我的订单还没有发货",
        "Big5, 您好，我的訂單還沒有出貨",
        "x-windows-950, 請問客服電話是多少",
        "Shift_JIS, 注文がまだ届きません",
        "ISO-2022-JP, 注文がまだ届きません",
        "EUC-KR, 주문이 아직 도착하지 않았습니다",
        "windows-1251, Сергей Углицких",
        "ISO-8859-2, Zażółć gęślą jaźń",
        "ISO-8859-15, Prix: 20 €",
        "windows-1252, „Grüße“ – Müller",
        "UTF-8, 😀 emoji and ünïcödé"
    })
    void textInItsDeclaredCharsetReadsBack(String charset, String text) {
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName(charset)), charset))
                .isEqualTo(text);
    }

    @Test
    void iso88591LabelsReadWindows1252Quotes() {
        byte[] bytes = {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x80};

        assertThat(TextDecoder.decode(bytes, "iso-8859-1")).isEqualTo("“hi” €");
    }

    @Test
    void utf7IsDecoded() {
        byte[] bytes = "+ANw-bermittlung an Empf+AOQ-nger, 1 +- 1 = 2, +ZeVnLIqe-".getBytes(StandardCharsets.US_ASCII);

        assertThat(TextDecoder.decode(bytes, "unicode-1-1-utf-7"))
                .isEqualTo("Übermittlung an Empfänger, 1 + 1 = 2, 日本語");
    }

    @Test
    void utf8UnderALatinLabelIsUtf8() {
        assertThat(TextDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8), "iso-8859-1"))
                .isEqualTo("Grüße");
    }

    @Test
    void strayLatin1BytesInUtf8AreKeptAsLatin1() {
        byte[] bytes = {'l', 'i', (byte) 0xEE, ' ', (byte) 0xC3, (byte) 0xA4};

        assertThat(TextDecoder.decode(bytes, "utf-8")).isEqualTo("liî ä");
    }

    @ParameterizedTest
    @CsvSource({"x-unknown-charset", "''", "\"\""})
    void anUnknownOrEmptyLabelFallsBackToUtf8ThenWindows1252(String label) {
        assertThat(TextDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8), label))
                .isEqualTo("Grüße");
        assertThat(TextDecoder.decode("Grüße".getBytes(StandardCharsets.ISO_8859_1), label))
                .isEqualTo("Grüße");
    }

    @Test
    void unlabelledChineseBytesAreRecognised() {
        assertThat(TextDecoder.guess("整体提升企业服务水平".getBytes(GBK), null)).isEqualTo("整体提升企业服务水平");
    }

    @Test
    void unlabelledLatin1UmlautsAreNotTakenForChinese() {
        assertThat(TextDecoder.guess("äöüß ad asd".getBytes(StandardCharsets.ISO_8859_1), null))
                .isEqualTo("äöüß ad asd");
    }

    @Test
    void aHintReadsUnlabelledBytesOfItsCharset() {
        byte[] big5 = "繁體中文".getBytes(Charset.forName("Big5"));

        assertThat(TextDecoder.guess(big5, "x-windows-950")).isEqualTo("繁體中文");
    }

    @Test
    void bytesNoCharsetAcceptsAreStillReadNeverThrown() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x81, (byte) 0x30};

        assertThat(TextDecoder.decode(garbage, "gb2312")).isNotNull();
        assertThat(TextDecoder.decode(garbage, "utf-8")).isNotEmpty();
        assertThat(TextDecoder.decode(garbage, "iso-2022-jp")).isNotEmpty();
    }
}
