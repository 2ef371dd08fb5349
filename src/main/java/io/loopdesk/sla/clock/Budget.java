package io.loopdesk.sla.clock;

import io.loopdesk.sla.TimeBasis;
import java.time.Duration;

/** The time a clock counts down, and in which kind of time. */
public record Budget(Duration amount, TimeBasis basis) {}
