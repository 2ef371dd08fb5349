/**
 * The words and phrases of feedback that reports count: segmentation, stop words and what is left out so that no
 * contact detail reaches a report.
 */
@NullMarked
package io.loopdesk.reporting.words;

import org.jspecify.annotations.NullMarked;
