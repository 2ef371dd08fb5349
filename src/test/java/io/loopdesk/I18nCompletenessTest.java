package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.Role;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page can show exists in Chinese and in English. */
class I18nCompletenessTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("#\\{\\$\\{'([a-zA-Z0-9_.-]+\\.)'");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:done|admin|error)\\.[a-zA-Z0-9_.-]+)\"");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            Set<String> bundles = new TreeSet<>();
            files.map(f -> f.getFileName().toString().replaceAll("_(en|zh_CN)\\.properties$", ""))
                    .forEach(bundles::add);
            assertThat(bundles).isNotEmpty();
            for (String bundle : bundles) {
                Set<String> en = keys(I18N.resolve(bundle + "_en.properties"));
                Set<String> zh = keys(I18N.resolve(bundle + "_zh_CN.properties"));
                assertThat(difference(en, zh))
                        .as(bundle + ": keys missing in Chinese")
                        .isEmpty();
                assertThat(difference(zh, en))
                        .as(bundle + ": keys missing in English")
                        .isEmpty();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> all = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!all.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> all = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !all.contains(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfTheEnumsPagesShowHasItsText() throws IOException {
        Set<String> all = allKeys();
        Set<String> expected = new TreeSet<>();
        expect(expected, "status.", TicketStatus.values());
        expect(expected, "portal.status.", TicketStatus.values());
        expect(expected, "portal.explain.", TicketStatus.values());
        expect(expected, "urgency.", Urgency.values());
        for (Urgency urgency : Urgency.values()) {
            expected.add("urgency." + urgency + ".long");
        }
        expect(expected, "channel.", Channel.values());
        expect(expected, "type.", FeedbackType.values());
        expect(expected, "kind.", MessageKind.values());
        expect(expected, "progress.", ProgressLabel.values());
        expect(expected, "role.", Role.values());
        expect(expected, "level.", CustomerLevel.values());
        expect(expected, "contact.", ContactPoint.Kind.values());
        expect(expected, "queue.order.", TicketQuery.Order.values());
        for (TicketField field : TicketField.values()) {
            expected.add("ticket." + field.apiName());
            expected.add("error.ticket." + field.apiName() + ".required");
            expected.add("error.ticket." + field.apiName() + ".too-long");
        }
        for (String view : new String[] {"mine", "team", "unassigned", "all", "overdue"}) {
            expected.add("queue.view." + view);
        }
        expected.removeAll(all);
        assertThat(expected).as("keys missing for enum values").isEmpty();
        assertThat(dynamicPrefixesUsed())
                .allSatisfy(prefix ->
                        assertThat(all).as("some key starts with " + prefix).anyMatch(k -> k.startsWith(prefix)));
    }

    private static Set<String> dynamicPrefixesUsed() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = DYNAMIC_PREFIX.matcher(Files.readString(template));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            }
        }
        return prefixes;
    }

    private static void expect(Set<String> expected, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            expected.add(prefix + value.name());
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> all = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                all.addAll(keys(file));
            }
        }
        return all;
    }

    private static Set<String> keys(Path file) throws IOException {
        assertThat(file).exists();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
