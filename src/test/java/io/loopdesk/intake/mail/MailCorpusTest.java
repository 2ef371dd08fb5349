package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.mime.MailParser;
import io.loopdesk.intake.mail.mime.ParsedMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Feeds the e-mail corpus (src/test/resources/mail-corpus, see its README) through {@link MailParser} and compares
 * the result with the expectations, as the corpus README recommends:
 *
 * <ul>
 *   <li>{@code from_email}: equal, ignoring case;
 *   <li>{@code subject}: equal;
 *   <li>body: equal after normalising both sides: HTML read as text by jsoup (tags dropped, entities decoded),
 *       every run of Unicode white space (no-break and ideographic spaces too) made one space, ends trimmed. It is
 *       equality, not containment, so dropped or added text fails. An HTML expectation is compared
 *       with our HTML body read the same way (or our text body when we have no HTML), a plain one with our text
 *       body. Zammad's placeholder {@code no visible content} stands for an empty body. Our own expectations give
 *       a fragment that must occur in the normalised text body;
 *   <li>attachments: the MD5 of each expected attachment is among the MD5s of ours (Zammad's rule), leaving out
 *       Zammad's copy of the HTML body ({@code message.html}), which we keep as the HTML body. CRLF is made LF
 *       on both sides first: Zammad stores text with LF line ends, we keep the bytes as they came.
 * </ul>
 *
 * Where we differ from Zammad on purpose, {@link CorpusDivergences} says why and checks our value instead. The
 * {@code cpython} set has no expectations: each message must parse, or be rejected with a reason. Every set must
 * be free of crashes (any exception but {@link MailRejectedException}). The report goes to stdout and
 * target/mail-corpus-report.txt.
 */
class MailCorpusTest {

    private static final MailParser PARSER = new MailParser();

    @Test
    void theCorpusParsesAsItsExpectationsSay() throws Exception {
        Path corpus = Path.of(MailCorpusTest.class.getResource("/mail-corpus").toURI());
        CorpusReport report = new CorpusReport();
        zammadSet(corpus.resolve("zammad"), "zammad", report);
        cjkSet(corpus.resolve("cjk"), report);
        robustnessSet(corpus.resolve("cpython"), report);
        String text = report.format();
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/mail-corpus-report.txt"), text, StandardCharsets.UTF_8);

        assertThat(report.crashed()).as("messages that crashed the parser").isEmpty();
        assertThat(report.total("zammad")).isEqualTo(106);
        assertThat(report.passed("zammad")).as("zammad messages as expected").isGreaterThanOrEqualTo(106);
        assertThat(report.total("cjk")).isEqualTo(28);
        assertThat(report.passed("cjk")).as("cjk messages as expected").isGreaterThanOrEqualTo(28);
        assertThat(report.passed("cpython"))
                .as("cpython messages parsed or rejected")
                .isEqualTo(50);
    }

    private static void zammadSet(Path folder, String set, CorpusReport report) throws IOException {
        for (Path box : files(folder, ".box")) {
            Path yml = box.resolveSibling(box.getFileName().toString().replaceFirst("\\.box$", ".yml"));
            check(set, box, CorpusExpectation.zammad(yml), report);
        }
    }

    private static void cjkSet(Path folder, CorpusReport report) throws IOException {
        zammadSet(folder, "cjk", report);
        Map<?, ?> ours = CorpusExpectation.ours(folder.resolveSibling("cjk-expectations.yml"));
        for (Path message : files(folder, ".txt", ".eml")) {
            Map<?, ?> expected = (Map<?, ?>) ours.get(message.getFileName().toString());
            assertThat(expected)
                    .as("our expectations for cjk/" + message.getFileName())
                    .isNotNull();
            check("cjk", message, CorpusExpectation.fromMap(expected), report);
        }
    }

    /** No expectations: each message must parse, or be rejected with a reason, and never crash the parser. */
    private static void robustnessSet(Path folder, CorpusReport report) throws IOException {
        for (Path message : files(folder, ".txt", ".mbox")) {
            try {
                PARSER.parse(Files.readAllBytes(message));
                report.parsed("cpython", message);
            } catch (MailRejectedException e) {
                report.rejected("cpython", message, e, true);
            } catch (RuntimeException | Error e) {
                report.crashed("cpython", message, e);
            }
        }
    }

    private static void check(String set, Path file, CorpusExpectation expected, CorpusReport report)
            throws IOException {
        String name = file.getFileName().toString();
        ParsedMail mail;
        try {
            mail = PARSER.parse(Files.readAllBytes(file));
        } catch (MailRejectedException e) {
            report.rejected(set, file, e, false);
            return;
        } catch (RuntimeException | Error e) {
            report.crashed(set, file, e);
            return;
        }
        List<String> differences = new ArrayList<>();
        List<String> divergences = new ArrayList<>();
        for (String field : differingFields(expected, mail)) {
            var divergence = CorpusDivergences.of(name, field);
            if (divergence.isPresent() && divergence.get().check().test(mail)) {
                divergences.add(field + " (" + divergence.get().reason() + ")");
            } else {
                differences.add(
                        field + (divergence.isPresent() ? " (documented divergence, but its check failed)" : ""));
            }
        }
        report.compared(set, file, differences, divergences);
    }

    static List<String> differingFields(CorpusExpectation expected, ParsedMail mail) {
        List<String> fields = new ArrayList<>();
        if (expected.fromEmail() != null
                && !expected.fromEmail()
                        .toLowerCase(Locale.ROOT)
                        .equals(mail.from().address().toLowerCase(Locale.ROOT))) {
            fields.add("from_email");
        }
        if (expected.subject() != null && !expected.subject().equals(mail.subject())) {
            fields.add("subject");
        }
        if (expected.body() != null && !bodyMatches(expected, mail)) {
            fields.add("body");
        }
        Set<String> ours =
                mail.attachments().stream().map(a -> md5(a.content())).collect(Collectors.toSet());
        if (!ours.containsAll(
                expected.attachments().stream().map(MailCorpusTest::md5).toList())) {
            fields.add("attachments");
        }
        return fields;
    }

    private static boolean bodyMatches(CorpusExpectation expected, ParsedMail mail) {
        String body = expected.body().equals("no visible content") ? "" : expected.body();
        String wanted = normalise(expected.html() ? Jsoup.parse(body).text() : body);
        String ours = normalise(
                expected.html() && mail.htmlBody() != null
                        ? Jsoup.parse(mail.htmlBody()).text()
                        : mail.textBody());
        return expected.bodyIsFragment() ? ours.contains(wanted) : ours.equals(wanted);
    }

    static String normalise(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    /** The MD5 of the content with CRLF line ends made LF: Zammad stores text parts with LF, we keep what came. */
    private static String md5(byte[] content) {
        byte[] lf = new String(content, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(lf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path folder, String... suffixes) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Stream.of(suffixes).anyMatch(file.toString()::endsWith))
                    .sorted()
                    .toList();
        }
    }
}
