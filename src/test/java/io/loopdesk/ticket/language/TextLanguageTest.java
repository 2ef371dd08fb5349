package io.loopdesk.ticket.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Languages of feedback as customers write it, written for this test (not taken from the detector's profiles):
 * Simplified and Traditional Chinese told apart, Japanese not taken for Chinese, and a text too short to tell left
 * unknown.
 */
class TextLanguageTest {

    static final TextLanguage languages = new TextLanguage();

    @Test
    void feedbackTextsGetTheirLanguage() {
        assertThat(languages.of("手机连不上蓝牙了，重启了好几次也没用，麻烦帮忙看看是什么问题")).contains("zh-CN");
        assertThat(languages.of("手機連不上藍牙了，重新開機好幾次也沒用，麻煩幫忙看看是什麼問題")).contains("zh-TW");
        assertThat(languages.of("我的訂單已經付款了，但是一直沒有發貨，請問什麼時候可以寄出？")).contains("zh-TW");
        assertThat(languages.of("我的订单已经付款了，但是一直没有发货，请问什么时候可以寄出？")).contains("zh-CN");
        assertThat(languages.of("The app crashes every time I open the camera page after the last update."))
                .contains("en");
        assertThat(languages.of("アップデートしてからカメラの画面を開くとアプリが落ちます。")).contains("ja");
        assertThat(languages.of("업데이트 후 카메라 화면을 열면 앱이 종료됩니다")).contains("ko");
        assertThat(languages.of("Depuis la mise à jour, l'application se ferme quand j'ouvre la caméra."))
                .contains("fr");
    }

    @Test
    void aTextTooShortOrWithoutLettersIsLeftUnknown() {
        assertThat(languages.of("ok")).isEmpty();
        assertThat(languages.of("12345 !!! 67890")).isEmpty();
        assertThat(languages.of("")).isEmpty();
    }
}
