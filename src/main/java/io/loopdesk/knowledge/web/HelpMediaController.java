package io.loopdesk.knowledge.web;

import io.loopdesk.knowledge.media.MediaContent;
import io.loopdesk.knowledge.media.MediaLibrary;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A help centre's pictures and videos, for anyone, like its published articles: shown inline as the type read from
 * their bytes when they were uploaded (never sniffed again by the browser), cached for a day (an address never
 * changes what it holds), with byte ranges so a video can be played from any point.
 */
@Controller
class HelpMediaController {

    private final Tenants tenants;
    private final MediaLibrary library;

    HelpMediaController(Tenants tenants, MediaLibrary library) {
        this.tenants = tenants;
        this.library = library;
    }

    @GetMapping("/help/{tenant}/media/{token}")
    ResponseEntity<Resource> media(@PathVariable String tenant, @PathVariable String token) {
        TenantInfo owner = tenants.byCode(tenant).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MediaContent content =
                library.find(owner.id(), token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(content.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(new Stored(content));
    }

    /** The stored bytes as a resource of known length, opened afresh for every range asked for. */
    private static final class Stored extends AbstractResource {

        private final MediaContent content;

        Stored(MediaContent content) {
            this.content = content;
        }

        @Override
        public String getDescription() {
            return "help centre media " + content.name();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content.open();
        }

        @Override
        public long contentLength() {
            return content.size();
        }

        @Override
        public String getFilename() {
            return content.name();
        }
    }
}
