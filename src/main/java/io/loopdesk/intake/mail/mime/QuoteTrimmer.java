package io.loopdesk.intake.mail.mime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts quoted history and signatures from the text of a reply, so a ticket shows what the customer wrote this
 * time; the caller keeps the full text as well. The text is cut at the first line where one of these starts:
 *
 * <ul>
 *   <li>an attribution: {@code On … wrote:} (also over two lines, as Gmail wraps it), {@code Am … schrieb …:},
 *       {@code 在 … 写道：}, {@code 於 … 寫道：};
 *   <li>a separator: {@code -----Original Message-----}, {@code ------------------ 原始邮件 ------------------},
 *       or an Outlook line of underscores before a header block;
 *   <li>a header block of Outlook or Foxmail: {@code From:}/{@code 发件人:}/{@code 寄件者:} followed within four
 *       lines by {@code Sent:}, {@code Date:}, {@code To:}, {@code Subject:}, {@code 发送时间:}, {@code 收件人:},
 *       {@code 主题:} and the like;
 *   <li>a signature: the {@code -- } separator line, or a mobile one such as {@code Sent from my iPhone} or
 *       {@code 发自我的iPhone};
 *   <li>the quoted ({@code >}) lines that end the text; quotes with answers between them are kept, since the
 *       answers need them.
 * </ul>
 *
 * Conservative: a text that would be left empty is returned whole, so a mail that had text never loses it.
 */
public final class QuoteTrimmer {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^\\s*(On\\s.+wrote:|Am\\s.+schrieb.*:|Le\\s.+a\\s+écrit\\s*:|在.+写道[：:]|於.+寫道[：:]|.+于.+写道[：:])\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^\\s*(On|Am|Le)\\s.+");
    private static final Pattern ATTRIBUTION_END = Pattern.compile("(?i).*(wrote|schrieb|a\\s+écrit)\\s*:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|原始邮件|原始郵件|Forwarded message)\\s*-{2,}\\s*$");
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(From|Von|De|发件人|發件人|寄件者)\\*?\\s*[:：].*");
    private static final Pattern HEADER_OTHER = Pattern.compile(
            "(?i)^\\s*\\*?(Sent|Date|To|Cc|Subject|Gesendet|An|Betreff|Envoyé|À|Objet|发送时间|發送時間|日期|时间|收件人|抄送|主题|主旨|寄件日期|傳送時間)\\*?\\s*[:：].*");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "(?i)^\\s*(Sent from my \\S.*|Sent from Mail for Windows.*|Get Outlook for \\S.*|Von meinem \\S.* gesendet"
                    + "|发自我的\\s*\\S.*|来自我的\\s*\\S.*|從我的 iPhone 傳送|寄自我的\\s*\\S.*)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("^\\s*>.*");

    /** The reply without quoted history and signature, or {@code text} itself when nothing would be left. */
    public String trim(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int cut = Math.min(firstCut(lines), trailingQuoteStart(lines));
        if (cut >= lines.size()) {
            return text;
        }
        String kept = String.join("\n", lines.subList(0, cut)).stripTrailing();
        return kept.isBlank() ? text : kept;
    }

    private static int firstCut(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ATTRIBUTION.matcher(line).matches()
                    || SEPARATOR.matcher(line).matches()
                    || SIGNATURE.matcher(line).matches()
                    || MOBILE_SIGNATURE.matcher(line).matches()
                    || wrappedAttribution(lines, i)
                    || headerBlock(lines, i)) {
                return i;
            }
            if (UNDERSCORES.matcher(line).matches() && headerBlock(lines, i + 1)) {
                return i;
            }
        }
        return lines.size();
    }

    /** {@code On Mon, 1 Jan 2024 at 10:00, Zhang Wei <} and {@code zhang@example.com> wrote:} on the next line. */
    private static boolean wrappedAttribution(List<String> lines, int index) {
        return index + 1 < lines.size()
                && ATTRIBUTION_START.matcher(lines.get(index)).matches()
                && ATTRIBUTION_END.matcher(lines.get(index + 1)).matches();
    }

    private static boolean headerBlock(List<String> lines, int index) {
        if (index >= lines.size() || !HEADER_FROM.matcher(lines.get(index)).matches()) {
            return false;
        }
        for (int i = index + 1; i < Math.min(lines.size(), index + 5); i++) {
            if (HEADER_OTHER.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of quoted (and blank) lines that ends the text begins; the text's length when there is none. */
    private static int trailingQuoteStart(List<String> lines) {
        int start = lines.size();
        boolean quoted = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (QUOTED.matcher(line).matches()) {
                quoted = true;
                start = i;
            } else if (!line.isBlank()) {
                break;
            }
        }
        return quoted ? start : lines.size();
    }
}
