package io.loopdesk.intake.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** JSON Lines: one object per line, fields as text (numbers are taken as their text); blank lines are skipped. */
final class JsonLinesReader implements RecordReader {

    private final Reader in;
    private final ObjectMapper json;
    private final int maxChars;
    private long lineNumber;
    private boolean ended;

    JsonLinesReader(Reader in, ObjectMapper json, int maxChars) {
        this.in = in;
        this.json = json;
        this.maxChars = maxChars;
    }

    @Override
    public @Nullable SourceLine next() throws IOException {
        while (!ended) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            lineNumber++;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (line.length() < maxChars) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c < 0) {
                ended = true;
            }
            if (tooLong) {
                return SourceLine.unreadable(lineNumber, "The line is longer than " + maxChars + " characters.");
            }
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                return parse(text);
            }
        }
        return null;
    }

    private SourceLine parse(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return SourceLine.unreadable(lineNumber, "The line is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return SourceLine.unreadable(lineNumber, "The line must be one JSON object ({...}).");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isContainer()) {
                return SourceLine.unreadable(
                        lineNumber, "The field " + field.getKey() + " must be text, not an object or a list.");
            }
            fields.put(field.getKey(), value.asString());
        }
        return SourceLine.of(lineNumber, fields);
    }
}
