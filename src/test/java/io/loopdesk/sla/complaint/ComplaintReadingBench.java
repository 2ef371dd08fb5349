package io.loopdesk.sla.complaint;

import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.testing.IndependentFeedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the complaint reading by meaning costs: the texts of the independent set read as {@link ComplaintReading}
 * reads them (in batches of {@value ComplaintReading#BATCH}, clause by clause), warm. Run by {@code
 * bench/embeddings.sh}; writes {@code target/bench-complaints.md}.
 */
@Tag("bench")
class ComplaintReadingBench {

    @Test
    void textsReadPerSecond() throws IOException {
        ComplaintMeaning meaning =
                ComplaintMeaning.of(NearestExamples.read(ComplaintMeaning.RESOURCE), SentenceEncoder.shared());
        List<String> texts = IndependentFeedback.load().stream()
                .map(IndependentFeedback::text)
                .toList();
        read(meaning, texts); // warm-up, and the examples encoded
        long start = System.nanoTime();
        read(meaning, texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        double clauses = texts.stream()
                .mapToInt(t -> ComplaintMeaning.clauses(t).size())
                .average()
                .orElse(0);
        String report = """
                ## Complaint reading by meaning

                %d texts of %.0f characters on average (%.1f pieces read each: clauses and the whole), batches of %d, \
                %d cores: %.1f ms a text, **%.0f texts/s**

                """.formatted(
                        texts.size(),
                        texts.stream().mapToInt(String::length).average().orElse(0),
                        clauses,
                        ComplaintReading.BATCH,
                        Runtime.getRuntime().availableProcessors(),
                        seconds * 1000 / texts.size(),
                        texts.size() / seconds);
        System.out.print(report);
        Path file = Path.of("target", "bench-complaints.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static void read(ComplaintMeaning meaning, List<String> texts) {
        for (int from = 0; from < texts.size(); from += ComplaintReading.BATCH) {
            meaning.read(texts.subList(from, Math.min(texts.size(), from + ComplaintReading.BATCH)));
        }
    }
}
