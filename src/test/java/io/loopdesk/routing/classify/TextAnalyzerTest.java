package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void chineseIsSegmentedIntoWords() {
        assertThat(analyzer.tokens("今天早上开始无法登录，一直提示密码错误"))
                .containsExactly("今天", "早上", "开始", "无法", "登录", "一直", "提示", "密码", "错误");
    }

    @Test
    void wordsMissingFromTheDictionaryComeOutAsCharacters() {
        assertThat(analyzer.tokens("一打开就闪退")).containsExactly("一", "打开", "就", "闪", "退");
    }

    @Test
    void englishIsLowerCasedAndStemmed() {
        assertThat(analyzer.tokens("The App CRASHES, crashed and keeps crashing"))
                .containsExactly("the", "app", "crash", "crash", "and", "keep", "crash");
    }

    @Test
    void mixedTextKeepsBothLanguages() {
        assertThat(analyzer.tokens("iPhone 上 App 闪退")).containsExactly("iphon", "上", "app", "闪", "退");
    }

    @Test
    void punctuationLeavesAGapBetweenPositions() {
        assertThat(analyzer.analyze("无法，登录")).containsExactly(new Token("无", 0), new Token("法", 1), new Token("登录", 3));
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(analyzer.tokens("")).isEmpty();
        assertThat(analyzer.tokens(" \n\t　")).isEmpty();
        assertThat(analyzer.tokens("，。！？")).isEmpty();
    }

    @Test
    void aHundredThousandCharactersAreAnalyzed() {
        String text = "直播间卡顿严重，画面一直转圈。".repeat(7_000).substring(0, 100_000);

        assertThat(analyzer.tokens(text)).hasSizeGreaterThan(50_000).contains("直播", "转圈");
    }

    @Test
    void oneAnalyzerServesManyThreads() {
        List<String> texts = List.of("无法登录", "The app crashes", "音画不同步，声音比画面快两秒", "退货寄回后迟迟不退款");
        var expected = texts.stream().map(analyzer::tokens).toList();
        var seen = ConcurrentHashMap.<List<String>>newKeySet();

        IntStream.range(0, 2_000).parallel().forEach(i -> seen.add(analyzer.tokens(texts.get(i % texts.size()))));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }
}
