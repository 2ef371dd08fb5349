package io.loopdesk.sla.complaint;

import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.sla.SlaProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the complaint word list and the example sentences of the reading by meaning once at start; a broken file
 * stops the start with the line at fault.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    WordList complaintWords(SlaProperties properties, ResourceLoader resources) {
        try {
            return WordList.read(resources.getResource(properties.wordList()).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the complaint word list " + properties.wordList(), e);
        }
    }

    @Bean
    ComplaintMeaning complaintMeaning(SlaProperties properties, ResourceLoader resources) {
        String location = properties.complaints().meaningExamples();
        try {
            return ComplaintMeaning.of(
                    NearestExamples.parse(resources.getResource(location).getContentAsString(StandardCharsets.UTF_8)),
                    SentenceEncoder.shared());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the complaint examples " + location, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The complaint examples " + location + " are wrong: " + e.getMessage(), e);
        }
    }
}
