/**
 * Who is there to take tickets: teams and their members, shifts, agents' skills, caps and duty status, workloads, and notices when a team is uncovered.
 */
@NullMarked
package io.loopdesk.routing.duty;

import org.jspecify.annotations.NullMarked;
