package io.loopdesk.ticket.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords and keys in Chinese and English phrasings are found; talk about passwords is not a secret. */
class SecretScannerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我的密码是Abc@12345，麻烦帮我看看 | Abc@12345",
                "登录密码：qwe123456 | qwe123456",
                "账号 13800138000 密码 a1b2c3d4 | a1b2c3d4",
                "wifi密码为 Home_2026! | Home_2026!",
                "密码改成了 Zx9*8765 还是登不上 | Zx9*8765",
                "支付密码=998877 | 998877",
                "验证码 482913 | 482913",
                "my password is hunter22. | hunter22",
                "Password: S3cr3t!Pass | S3cr3t!Pass",
                "login with pwd=letmein99 please | letmein99",
                "the API key is sk-abcdefghijklmnopqrstuvwx | sk-abcdefghijklmnopqrstuvwx",
                "use AKIAIOSFODNN7EXAMPLE for the bucket | AKIAIOSFODNN7EXAMPLE",
                "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdefghijkl | eyJhbGciOiJIUzI1NiJ9abcdefghijkl",
                "token: ghp_abcdefghijklmnopqrstuvwxyz0123456789 | ghp_abcdefghijklmnopqrstuvwxyz0123456789"
            })
    void findsTheSecretItself(String text, String secret) {
        var found = SecretScanner.scan(text);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.getFirst().start(), found.getFirst().end()))
                .isEqualTo(secret);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "密码错误，登录不了",
                "忘记密码了怎么办？",
                "密码是什么时候过期的",
                "提示验证码已发送但收不到",
                "I forgot my password",
                "the password is wrong every time",
                "Password: reset failed",
                "my password is not accepted",
                "订单号 SO-2026-0001 的门锁离线",
                "Please reset the password for me"
            })
    void talkAboutPasswordsIsNoSecret(String text) {
        assertThat(SecretScanner.scan(text)).isEmpty();
    }
}
