/**
 * What texts mean: one sentence-embedding model per JVM ({@link io.loopdesk.shared.meaning.SentenceEncoder}) and
 * the nearest-examples reading every module builds on ({@link io.loopdesk.shared.meaning.NearestExamples}): routing
 * places feedback in categories by it, the SLA module reads complaint signals by it.
 */
@NullMarked
package io.loopdesk.shared.meaning;

import org.jspecify.annotations.NullMarked;
