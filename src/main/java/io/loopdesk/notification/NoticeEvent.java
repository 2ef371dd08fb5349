package io.loopdesk.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice written for a customer, told to their app's webhook as the event {@code ticket.notice}: the subject and
 * the text as the customer would read them in an e-mail, in their language, so the app shows them as they are. The
 * {@code notice} names which one it is ({@code survey.received}, {@code survey.result} with the survey link in the
 * text, {@code survey.closed} …) when the module that sent it said.
 */
final class NoticeEvent {

    static final String TYPE = "ticket.notice";

    private NoticeEvent() {}

    static String json(NotificationRequest request, String subject, String text, Locale language, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", request.ticketNumber());
        // which notice it is, by the text it was written from: survey.notice.result, notice.incident …
        String key = request.body().key();
        data.put("notice", key.endsWith(".body") ? key.substring(0, key.length() - ".body".length()) : key);
        data.put("language", language.toLanguageTag());
        data.put("subject", subject);
        data.put("text", text);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", TYPE);
        event.put("timestamp", at.toString());
        event.put("data", data);
        return JsonMapper.shared().writeValueAsString(event);
    }
}
