package io.loopdesk.shared.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    /** A model that writes down what it was asked to encode and answers a vector made from the text's length. */
    private static final class Recording implements EmbeddingModel {
        final List<String> asked = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> asked.add(s.text()));
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), 1}))
                    .toList());
        }
    }

    @Test
    void aTextRepeatedInOneCallOrMetLatelyIsEncodedOnce() {
        Recording model = new Recording();
        SentenceEncoder encoder = new SentenceEncoder(model);

        List<float[]> first = encoder.encode(List.of("直播卡顿", "画面一直转圈", "直播卡顿"));
        List<float[]> second = encoder.encode(List.of("画面一直转圈", "  直播卡顿 ", "app crashes"));

        assertThat(model.asked).containsExactly("直播卡顿", "画面一直转圈", "app crashes");
        assertThat(first.get(0)).isEqualTo(first.get(2)).isEqualTo(second.get(1));
        assertThat(second.get(0)).isEqualTo(first.get(1));
        assertThat(SentenceEncoder.similarity(second.get(2), second.get(2))).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void anEmptyTextIsReadAsNothingInParticular() {
        Recording model = new Recording();

        List<float[]> vectors = new SentenceEncoder(model).encode(List.of("", "   "));

        assertThat(model.asked).containsExactly("-");
        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).isEqualTo(vectors.get(1));
    }
}
