package io.loopdesk.testing;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Valid app tickets opened eight at a time, for tests and benchmarks that need thousands of them. */
public final class ManyTickets {

    private ManyTickets() {}

    /** Opens {@code count} tickets in {@code tenantId} as {@code actor}; returns their numbers. */
    public static List<String> open(Tickets tickets, long tenantId, Actor actor, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> opening = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int share = count / 8 + (t < count % 8 ? 1 : 0);
                opening.add(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < share; i++) {
                        numbers.add(tickets.open(
                                        tenantId,
                                        Channel.APP,
                                        Fixtures.validTicket().build(),
                                        actor)
                                .number());
                    }
                    return numbers;
                });
            }
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> done : pool.invokeAll(opening)) {
                numbers.addAll(done.get());
            }
            return numbers;
        } finally {
            pool.shutdown();
        }
    }
}
