/**
 * Every timer of every module: persistent db-scheduler executions, started with the node and measured
 * ({@link io.loopdesk.shared.timer.Timers} is how a module schedules one).
 */
@NullMarked
package io.loopdesk.shared.timer;

import org.jspecify.annotations.NullMarked;
