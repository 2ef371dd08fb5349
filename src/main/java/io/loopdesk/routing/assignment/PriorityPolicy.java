package io.loopdesk.routing.assignment;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.ticket.value.Urgency;

/**
 * Which ticket an agent gets first: business-stopping before urgent before normal, a complaint above its urgency,
 * a VIP customer above an ordinary one of the same urgency. Higher is sooner.
 */
public final class PriorityPolicy {

    private PriorityPolicy() {}

    public static int score(Urgency urgency, CustomerLevel level, boolean complaint) {
        int score = switch (urgency) {
            case CRITICAL -> 300;
            case URGENT -> 200;
            case NORMAL -> 100;
        };
        if (complaint) {
            score += 60;
        }
        if (level == CustomerLevel.VIP) {
            score += 50;
        }
        return score;
    }
}
