package io.loopdesk.chat.web.socket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.loopdesk.chat.ChatProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * At most {@code loopdesk.chat.messages-per-minute} messages per participant and node (a token bucket, bursts of up
 * to a tenth of it): a stuck key or a flooding script cannot drown a chat or the agents.
 */
@Component
class ChatRateLimit {

    private final int perMinute;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    ChatRateLimit(ChatProperties properties) {
        this.perMinute = properties.messagesPerMinute();
    }

    /** Takes one message from the participant's allowance; false when they are over it. */
    boolean take(String participant) {
        Bucket bucket = buckets.get(
                participant,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(Math.max(1, perMinute / 10))
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        return bucket.tryConsume(1);
    }
}
