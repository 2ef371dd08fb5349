package io.loopdesk.ticket.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers and e-mail addresses inside text are masked like the contact fields; other numbers stay. */
class ContactMaskingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "请打我电话13812345678，谢谢 | 请打我电话138****5678，谢谢",
                "call +86 138-1234-5678 after six | call 138****5678 after six",
                "手机：139 1234 5678 | 手机：139****5678",
                "mail me at wang.li@example.com.cn today | mail me at w***@example.com.cn today",
                "订单 202611231381234567890 无法取消 | 订单 202611231381234567890 无法取消",
                "门锁型号 X2，固件 1.2.3 | 门锁型号 X2，固件 1.2.3"
            })
    void masksContactsInText(String text, String masked) {
        assertThat(ContactMasking.mask(text)).isEqualTo(masked);
    }
}
