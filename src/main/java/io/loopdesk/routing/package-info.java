/**
 * Routing: teams and their members today; classification, skills, presence, assignment, transfer and escalation
 * will live here too.
 */
@NullMarked
package io.loopdesk.routing;

import org.jspecify.annotations.NullMarked;
