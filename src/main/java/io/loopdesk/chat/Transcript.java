package io.loopdesk.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat written out as text for its ticket: every message with its time (in the tenant's zone) and author, one per
 * line. A ticket's description holds at most {@link #PART} characters; a longer chat goes on in further parts.
 */
record Transcript(String title, List<String> parts) {

    static final int PART = 90_000;

    private static final int TITLE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static Transcript of(ChatView chat, List<ChatLine> lines, ZoneId zone) {
        String first = lines.stream()
                .filter(line -> line.author() == ChatAuthor.VISITOR)
                .map(ChatLine::body)
                .findFirst()
                .orElse(chat.visitorName());
        String title = titleOf(first);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (ChatLine line : lines) {
            String said = line.file() == null ? line.body() : "[" + line.body() + "]";
            String written = TIME.format(line.sentAt().atZone(zone)) + " " + line.authorName() + "：" + said + "\n";
            if (part.length() + written.length() > PART && !part.isEmpty()) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(written);
        }
        if (part.isEmpty()) {
            part.append(chat.visitorName());
        }
        parts.add(part.toString());
        return new Transcript(title.isEmpty() ? chat.visitorName() : title, parts);
    }

    /** A ticket's title made of what a visitor wrote: its first 100 characters on one line. */
    static String titleOf(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.codePointCount(0, line.length()) <= TITLE
                ? line
                : line.substring(0, line.offsetByCodePoints(0, TITLE - 1)) + "…";
    }
}
