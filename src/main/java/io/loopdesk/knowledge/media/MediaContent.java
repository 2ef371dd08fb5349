package io.loopdesk.knowledge.media;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of an uploaded image or video, for serving: opened as often as a reader's ranges need. */
public interface MediaContent {

    String name();

    String mediaType();

    long size();

    InputStream open() throws IOException;
}
