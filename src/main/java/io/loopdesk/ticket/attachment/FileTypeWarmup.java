package io.loopdesk.ticket.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Reads Tika's catalogue of file types while Loopdesk starts (before it reports ready), not during the first
 * upload: the first customer sending a screenshot waited seconds for it.
 */
@Component
class FileTypeWarmup implements ApplicationRunner {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Override
    public void run(ApplicationArguments args) {
        try {
            FileType.detect(new ByteArrayInputStream(PNG), "warm-up.png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
