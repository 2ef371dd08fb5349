package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A phrase keeps its key and arguments through JSON and is rendered, nested phrases first, in the reader's language. */
class PhraseTest {

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("notice.body", Locale.ENGLISH, "Ticket {0} is {1}; {2} minutes left. It''s due.");
        MESSAGES.addMessage("notice.body", Locale.SIMPLIFIED_CHINESE, "工单 {0} 是{1}；还剩 {2} 分钟。");
        MESSAGES.addMessage("notice.urgency.URGENT", Locale.ENGLISH, "urgent");
        MESSAGES.addMessage("notice.urgency.URGENT", Locale.SIMPLIFIED_CHINESE, "紧急");
        MESSAGES.addMessage("text.list", Locale.ENGLISH, "{0}, {1}");
        MESSAGES.addMessage("text.list", Locale.SIMPLIFIED_CHINESE, "{0}、{1}");
    }

    private final Phrase notice = Phrase.of("notice.body", "261123-000042", Phrase.of("notice.urgency.URGENT"), 30);

    @Test
    void aPhraseIsRenderedInEachReadersLanguageWithItsTranslatableArgumentsTranslated() {
        assertThat(notice.render(MESSAGES, Locale.ENGLISH))
                .isEqualTo("Ticket 261123-000042 is urgent; 30 minutes left. It's due.");
        assertThat(notice.render(MESSAGES, Locale.SIMPLIFIED_CHINESE)).isEqualTo("工单 261123-000042 是紧急；还剩 30 分钟。");
    }

    @Test
    void aPhraseComesBackFromItsJsonAsItWent() {
        Phrase back = Phrase.fromJson(notice.toJson());

        assertThat(back.key()).isEqualTo("notice.body");
        assertThat(back.args()).containsExactly("261123-000042", Phrase.of("notice.urgency.URGENT"), 30L);
        assertThat(back.render(MESSAGES, Locale.ENGLISH)).isEqualTo(notice.render(MESSAGES, Locale.ENGLISH));
    }

    @Test
    void itemsAreJoinedTheWayEachLanguageListsThem() {
        Phrase list = Phrase.join(
                "text.list", List.of(Phrase.of("notice.urgency.URGENT"), Phrase.of("notice.urgency.URGENT")));

        assertThat(list.render(MESSAGES, Locale.SIMPLIFIED_CHINESE)).isEqualTo("紧急、紧急");
        assertThat(list.render(MESSAGES, Locale.ENGLISH)).isEqualTo("urgent, urgent");
    }

    @Test
    void aKeyTheBundlesLackShowsItsFallbackAndAnArgumentOfAnotherKindIsRefused() {
        assertThat(Phrase.of("no.such.key").render(MESSAGES, Locale.ENGLISH, "fallback"))
                .isEqualTo("fallback");
        assertThatThrownBy(() -> Phrase.of("notice.body", new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
