package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextInEveryScriptIsStorable() {
        assertThat(StorableText.isStorable("门锁离线 Door lock offline 😀 \t\n")).isTrue();
        assertThat(StorableText.isStorable(null)).isTrue();
    }

    @Test
    void nulAndHalfASurrogatePairAreNot() {
        assertThat(StorableText.isStorable("NUL\u0000客户")).isFalse();
        assertThat(StorableText.isStorable("lone high \ud83d")).isFalse();
        assertThat(StorableText.isStorable("\ude00 lone low")).isFalse();
        assertThat(StorableText.isStorable("reversed \ude00\ud83d pair")).isFalse();
    }

    @Test
    void cleaningKeepsEverythingElse() {
        assertThat(StorableText.clean("NUL\u0000客户 😀\ud83d!")).isEqualTo("NUL客户 😀!");
        assertThat(StorableText.unstorableCount("a\u0000b\u0000\ude00c")).isEqualTo(3);
        assertThat(StorableText.clean("untouched")).isEqualTo("untouched");
    }
}
