package io.loopdesk.sla.complaint;

import io.loopdesk.sla.SlaProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads the complaint word list once at start; a broken list stops the start with the line at fault. */
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
}
