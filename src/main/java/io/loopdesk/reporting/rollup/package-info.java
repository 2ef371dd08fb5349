/** Rollups: each ticket's fact, its contributions per day and breakdown, folding changes in, the nightly check. */
@NullMarked
package io.loopdesk.reporting.rollup;

import org.jspecify.annotations.NullMarked;
