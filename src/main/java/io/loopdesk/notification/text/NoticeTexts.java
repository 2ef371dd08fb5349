package io.loopdesk.notification.text;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the notices customers are sent, in each tenant's own words where it wrote them ({@code notice_text}):
 * a tenant admin rewrites a notice in Chinese or English, keeping the ticket number and the survey link where it has
 * them, and every notification rendered for the tenant from then on says it so.
 */
@Service
public class NoticeTexts {

    static final int MAX_LENGTH = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /**
     * What a rewritten notice must keep where Loopdesk's has it: the ticket number ({0}) the customer quotes, and the
     * link ({3}) that confirms, reopens and rates; titles and quotes may go.
     */
    static final Set<String> ESSENTIAL = Set.of("{0}", "{3}");

    /** One notice text: the bundles' words, the tenant's where it wrote its own, and the placeholders it uses. */
    public record Editable(
            String key,
            String defaultChinese,
            String defaultEnglish,
            @Nullable String ownChinese,
            @Nullable String ownEnglish,
            Set<String> placeholders) {}

    private final JdbcClient jdbc;
    private final MessageSource bundles;
    private final Clock clock;
    private final DefaultTexts defaults = DefaultTexts.load();
    // every notice reads them: a burst of SLA notices or "received" messages read the same rows thousands of times
    private final Remembered<Long, MessageSource> remembered;

    NoticeTexts(JdbcClient jdbc, MessageSource bundles, Clock clock, ClusterSignals signals) {
        this.jdbc = jdbc;
        this.bundles = bundles;
        this.clock = clock;
        this.remembered = Remembered.perTenant("notice-texts", Duration.ofMinutes(10), signals);
    }

    /** The messages as the tenant says them: its own notice texts, the bundles for everything else. */
    public MessageSource forTenant(long tenantId) {
        return remembered.get(tenantId, this::read);
    }

    private MessageSource read(long tenantId) {
        Map<String, String> overrides = new HashMap<>();
        jdbc.sql("select message_key, language, body_text from notice_text where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    // written as plain text: an apostrophe is an apostrophe, not MessageFormat's quote
                    overrides.put(
                            rs.getString(1) + "|" + rs.getString(2),
                            rs.getString(3).replace("'", "''"));
                });
        return overrides.isEmpty() ? bundles : new TenantMessages(bundles, overrides);
    }

    /** Every notice text a tenant may rewrite, in key order. */
    @Transactional(readOnly = true)
    public List<Editable> list(long tenantId) {
        Map<String, String> own = new HashMap<>();
        jdbc.sql("select message_key, language, body_text from notice_text where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    own.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                });
        List<Editable> list = new ArrayList<>();
        defaults.all()
                .forEach((key, texts) -> list.add(new Editable(
                        key,
                        texts.getOrDefault(Locale.SIMPLIFIED_CHINESE, ""),
                        texts.getOrDefault(Locale.ENGLISH, ""),
                        own.get(key + "|zh-CN"),
                        own.get(key + "|en"),
                        placeholders(texts.getOrDefault(Locale.SIMPLIFIED_CHINESE, "")))));
        return list;
    }

    /**
     * Saves the tenant's own text of one notice in one language; a blank text goes back to the bundles' words.
     *
     * @throws NoticeTextRefusedException when the actor may not, the key is no customer notice, or the text is too
     *     long, malformed or leaves out a placeholder
     */
    @Transactional
    public void save(long tenantId, String key, Locale language, @Nullable String text, Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR) && !(actor.has(Role.TENANT_ADMIN) && actor.tenantId() == tenantId)) {
            throw NoticeTextRefusedException.forbidden();
        }
        if (!DefaultTexts.editable(key) || !defaults.has(key)) {
            throw NoticeTextRefusedException.unknown(key);
        }
        String tag = language.getLanguage().equals("zh") ? "zh-CN" : "en";
        jdbc.sql("delete from notice_text where tenant_id = ? and message_key = ? and language = ?")
                .params(tenantId, key, tag)
                .update();
        remembered.forget(tenantId);
        if (text == null || text.isBlank()) {
            return;
        }
        String written = text.strip();
        check(
                key,
                written,
                defaults.of(key, language.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
        jdbc.sql("insert into notice_text (tenant_id, message_key, language, body_text, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(tenantId, key, tag, written, actor.username(), Timestamp.from(clock.instant()))
                .update();
    }

    private static void check(String key, String text, String original) {
        if (text.length() > MAX_LENGTH) {
            throw NoticeTextRefusedException.invalid(new FieldProblem(
                    "text",
                    "notice-text.too-long",
                    "A notice text must not be longer than " + MAX_LENGTH + " characters.",
                    List.of(MAX_LENGTH)));
        }
        try {
            new MessageFormat(text.replace("'", "''"));
        } catch (IllegalArgumentException malformed) {
            throw NoticeTextRefusedException.invalid(new FieldProblem(
                    "text",
                    "notice-text.malformed",
                    "Placeholders are written {0}, {1}, … with nothing else in braces."));
        }
        Set<String> missing = new LinkedHashSet<>(placeholders(original));
        missing.retainAll(ESSENTIAL);
        missing.removeAll(placeholders(text));
        if (!missing.isEmpty()) {
            throw NoticeTextRefusedException.invalid(new FieldProblem(
                    "text",
                    "notice-text.placeholders",
                    "Keep the placeholders " + String.join(" ", missing) + " (" + key + ").",
                    List.of(String.join(" ", missing))));
        }
    }

    /** The placeholders a text uses, such as {0} and {3}, in order. */
    static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }
}
