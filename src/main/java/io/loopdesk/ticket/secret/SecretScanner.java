package io.loopdesk.ticket.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a password or a secret in text a person wrote: a password given after its label
 * ({@code 密码是 Abc12345}, {@code 登录密码：…}, {@code password: …}, {@code my pwd is …}) and keys and tokens by
 * their shape (API keys, access keys, bearer tokens, JWTs, private keys). Words that merely talk about a password
 * ({@code 密码错误}, {@code forgot my password}, {@code password is wrong}) are not secrets.
 */
final class SecretScanner {

    /** A secret found in the text, by its position. */
    record Found(int start, int end, String kind) {}

    /** The value after a label: printable ASCII without spaces, as passwords are typed. */
    private static final String VALUE = "([\\x21-\\x7e&&[^，。；、]]{4,128})";

    private static final Pattern CHINESE_LABEL =
            Pattern.compile("(?:登录|登陆|支付|账号|帐号|邮箱|管理员|后台|wifi|WiFi|WIFI|路由器)?(?:密码|口令|密钥|秘钥|验证码|PIN码|pin码)"
                    + "\\s*(?:是|为|:|：|=|改成了?|改为|设置成|设成)?\\s*" + VALUE);

    private static final Pattern ENGLISH_LABEL = Pattern.compile(
            "(?i)\\b(?:password|passwd|passcode|pwd|pin|secret|api[ _-]?key|access[ _-]?key|secret[ _-]?key|token)"
                    + "\\b\\s*(?:is|was|:|=|-)\\s*" + VALUE);

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}\\b"),
            Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}\\b"),
            Pattern.compile("\\b(?:ld|lda)_[A-Za-z0-9_-]{30,}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\b"),
            Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9._~+/-]{20,}=*)"));

    /** What follows "password is" in a sentence about a password, not a password. */
    private static final Set<String> NOT_SECRETS = Set.of(
            "wrong",
            "incorrect",
            "invalid",
            "correct",
            "right",
            "expired",
            "reset",
            "forgotten",
            "forgot",
            "changed",
            "required",
            "missing",
            "empty",
            "blank",
            "rejected",
            "locked",
            "not",
            "never",
            "still",
            "too",
            "very",
            "the",
            "that",
            "this",
            "same",
            "different",
            "ok",
            "okay",
            "fine",
            "working",
            "accepted",
            "strong",
            "weak",
            "long",
            "short",
            "null",
            "none",
            "unknown",
            "please",
            "field",
            "reset.",
            "wrong.");

    private SecretScanner() {}

    static List<Found> scan(String text) {
        List<Found> found = new ArrayList<>();
        labelled(CHINESE_LABEL, text, found);
        labelled(ENGLISH_LABEL, text, found);
        for (Pattern shape : SHAPES) {
            Matcher matcher = shape.matcher(text);
            while (matcher.find()) {
                int group = matcher.groupCount() >= 1 && matcher.group(1) != null ? 1 : 0;
                found.add(new Found(matcher.start(group), matcher.end(group), "key"));
            }
        }
        return merged(found);
    }

    private static void labelled(Pattern pattern, String text, List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String value = trimPunctuation(matcher.group(1));
            if (value.length() >= 4 && !NOT_SECRETS.contains(value.toLowerCase(Locale.ROOT))) {
                found.add(new Found(matcher.start(1), matcher.start(1) + value.length(), "password"));
            }
        }
    }

    /** A sentence's full stop or comma after the password is not part of it. */
    private static String trimPunctuation(String value) {
        String trimmed = value;
        while (!trimmed.isEmpty() && ".,;)]}'\"".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<Found> merged(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> merged = new ArrayList<>();
        for (Found next : found) {
            if (!merged.isEmpty() && next.start() < merged.getLast().end()) {
                Found last = merged.removeLast();
                merged.add(new Found(last.start(), Math.max(last.end(), next.end()), last.kind()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
