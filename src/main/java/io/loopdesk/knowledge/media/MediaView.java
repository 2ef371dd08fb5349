package io.loopdesk.knowledge.media;

import java.time.Instant;

/**
 * An uploaded image or video as editors see it.
 *
 * @param token the random part of its public address, {@code /help/{tenant}/media/{token}}
 */
public record MediaView(long id, String token, String name, String mediaType, long size, Instant uploadedAt) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    /** Its address in tenant {@code tenantCode}'s help centre, where anyone may read it. */
    public String path(String tenantCode) {
        return "/help/" + tenantCode + "/media/" + token;
    }

    /** The HTML an editor pastes into an article's body to show it. */
    public String html(String tenantCode) {
        return isVideo()
                ? "<video controls src=\"" + path(tenantCode) + "\"></video>"
                : "<img src=\"" + path(tenantCode) + "\" alt=\"\">";
    }
}
