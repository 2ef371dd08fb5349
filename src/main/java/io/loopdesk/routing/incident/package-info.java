/**
 * Major incidents: declared or proposed by the radar when similar tickets arrive together or a category's or
 * product's volume surges above its own baseline ({@code SurgeWatch}, {@code SurgeAlarm}; read through
 * {@link io.loopdesk.routing.Surges}), tickets linked to them, and the resolution sent to every linked ticket. How
 * alike two tickets' texts are ({@code TextSimilarity}) is measured here.
 */
@NullMarked
package io.loopdesk.routing.incident;

import org.jspecify.annotations.NullMarked;
