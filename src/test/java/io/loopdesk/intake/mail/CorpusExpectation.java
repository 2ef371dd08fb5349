package io.loopdesk.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a corpus message should parse to, read from its Zammad {@code .yml} (Ruby-serialised: {@code !ruby/...}
 * tags are read as plain maps, {@code !binary} as bytes) or from our own expectations file.
 *
 * @param fromEmail null when not checked
 * @param subject null when not checked; {@code ""} for a message without subject
 * @param body the expected body (HTML when {@code html}), or null when not checked
 * @param bodyIsFragment whether {@code body} need only occur in ours rather than be all of it
 * @param attachments the contents that must be among ours, without Zammad's copies of the HTML body
 */
record CorpusExpectation(
        @Nullable String fromEmail,
        @Nullable String subject,
        @Nullable String body,
        boolean html,
        boolean bodyIsFragment,
        List<byte[]> attachments) {

    static CorpusExpectation zammad(Path yml) throws IOException {
        Map<?, ?> expected = load(yml);
        List<byte[]> attachments = ((List<?>) expected.get("attachments"))
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> !isHtmlBodyCopy(item))
                        .map(item -> bytes(item.get("data")))
                        .toList();
        Object subject = expected.get("subject");
        return new CorpusExpectation(
                (String) expected.get("from_email"),
                subject == null ? "" : subject.toString(),
                (String) expected.get("body"),
                "text/html".equals(expected.get("content_type")),
                false,
                attachments);
    }

    /** Our own expectations for corpus messages without a Zammad file: one map per file name. */
    static Map<?, ?> ours(Path yml) throws IOException {
        return load(yml);
    }

    static CorpusExpectation fromMap(Map<?, ?> expected) {
        return new CorpusExpectation(
                (String) expected.get("from_email"),
                (String) expected.get("subject"),
                (String) expected.get("body_contains"),
                false,
                true,
                List.of());
    }

    /** Zammad keeps the original HTML body as an attachment {@code message.html}; we keep it as the HTML body. */
    private static boolean isHtmlBodyCopy(Map<?, ?> attachment) {
        Object preferences = attachment.get("preferences");
        return preferences instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("content-alternative"));
    }

    private static byte[] bytes(@Nullable Object data) {
        if (data instanceof byte[] binary) {
            return binary;
        }
        return data == null ? new byte[0] : data.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<?, ?> load(Path yml) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        try (InputStream in = Files.newInputStream(yml)) {
            return new Yaml(new RubyTolerantConstructor(options)).load(in);
        }
    }

    /** Reads {@code !ruby/hash:…} and friends as plain YAML and {@code !binary} as bytes. */
    private static final class RubyTolerantConstructor extends SafeConstructor {

        RubyTolerantConstructor(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!ruby/", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return switch (node) {
                        case MappingNode mapping -> constructMapping(mapping);
                        case SequenceNode sequence -> constructSequence(sequence);
                        case ScalarNode scalar -> constructScalar(scalar);
                        default -> throw new IllegalStateException("unexpected YAML node " + node);
                    };
                }
            });
            yamlConstructors.put(new Tag("!binary"), yamlConstructors.get(Tag.BINARY));
        }
    }
}
