package io.loopdesk.routing.classify;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the Chinese word dictionaries of Lucene's smartcn analyzer while Loopdesk starts (before it reports ready),
 * not while the first new ticket waits to be classified.
 */
@Component
class AnalyzerWarmup implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        new TextAnalyzer().tokens("门锁无法连接网络 door lock offline");
    }
}
