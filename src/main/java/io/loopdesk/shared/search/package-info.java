/**
 * The full-text search engine's shared parts: how text is analysed (Chinese segmentation, Traditional folded to
 * Simplified, English stemming). Each module indexes its own entities with Hibernate Search.
 */
@NullMarked
package io.loopdesk.shared.search;

import org.jspecify.annotations.NullMarked;
