package io.loopdesk.ticket;

import static io.loopdesk.ticket.TicketLifecycle.Party.CUSTOMER;
import static io.loopdesk.ticket.TicketLifecycle.Party.HANDLER;
import static io.loopdesk.ticket.TicketLifecycle.Party.SUPERVISOR;
import static io.loopdesk.ticket.TicketLifecycle.Party.SYSTEM;
import static io.loopdesk.ticket.value.TicketStatus.AWAITING_CONFIRMATION;
import static io.loopdesk.ticket.value.TicketStatus.CLOSED;
import static io.loopdesk.ticket.value.TicketStatus.IN_PROGRESS;
import static io.loopdesk.ticket.value.TicketStatus.NEW;
import static io.loopdesk.ticket.value.TicketStatus.RESOLVED;
import static io.loopdesk.ticket.value.TicketStatus.WAITING_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to, party) combination: the allowed ones pass, all others are refused with the right kind. */
class TicketLifecycleTest {

    /** The lifecycle of REQUIREMENTS §3, written out independently of the implementation's table. */
    private static final Map<List<TicketStatus>, Set<TicketLifecycle.Party>> EXPECTED = Map.ofEntries(
            Map.entry(List.of(NEW, IN_PROGRESS), EnumSet.of(HANDLER)),
            Map.entry(List.of(NEW, WAITING_CUSTOMER), EnumSet.of(HANDLER)),
            Map.entry(List.of(NEW, AWAITING_CONFIRMATION), EnumSet.of(HANDLER)),
            Map.entry(List.of(NEW, CLOSED), EnumSet.of(SUPERVISOR)),
            Map.entry(List.of(IN_PROGRESS, WAITING_CUSTOMER), EnumSet.of(HANDLER)),
            Map.entry(List.of(IN_PROGRESS, AWAITING_CONFIRMATION), EnumSet.of(HANDLER)),
            Map.entry(List.of(IN_PROGRESS, CLOSED), EnumSet.of(SUPERVISOR)),
            Map.entry(List.of(WAITING_CUSTOMER, IN_PROGRESS), EnumSet.of(HANDLER, CUSTOMER)),
            Map.entry(List.of(WAITING_CUSTOMER, AWAITING_CONFIRMATION), EnumSet.of(HANDLER, SYSTEM)),
            Map.entry(List.of(WAITING_CUSTOMER, CLOSED), EnumSet.of(SUPERVISOR)),
            Map.entry(List.of(AWAITING_CONFIRMATION, RESOLVED), EnumSet.of(CUSTOMER, SUPERVISOR, SYSTEM)),
            Map.entry(List.of(AWAITING_CONFIRMATION, IN_PROGRESS), EnumSet.of(CUSTOMER, HANDLER)),
            Map.entry(List.of(AWAITING_CONFIRMATION, CLOSED), EnumSet.of(SUPERVISOR)),
            Map.entry(List.of(RESOLVED, IN_PROGRESS), EnumSet.of(CUSTOMER, SUPERVISOR)),
            Map.entry(List.of(RESOLVED, CLOSED), EnumSet.of(SUPERVISOR, SYSTEM)));

    private static final Set<List<TicketStatus>> NEED_REASON = Set.of(
            List.of(AWAITING_CONFIRMATION, IN_PROGRESS),
            List.of(RESOLVED, IN_PROGRESS),
            List.of(NEW, CLOSED),
            List.of(IN_PROGRESS, CLOSED),
            List.of(WAITING_CUSTOMER, CLOSED),
            List.of(AWAITING_CONFIRMATION, CLOSED));

    static Stream<Arguments> everyMove() {
        return Stream.of(TicketStatus.values())
                .flatMap(from -> Stream.of(TicketStatus.values())
                        .flatMap(to ->
                                Stream.of(TicketLifecycle.Party.values()).map(party -> Arguments.of(from, to, party))));
    }

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @MethodSource("everyMove")
    void onlyTheListedMovesAreAllowedForTheListedParties(
            TicketStatus from, TicketStatus to, TicketLifecycle.Party party) {
        Set<TicketLifecycle.Party> allowed = EXPECTED.get(List.of(from, to));
        if (allowed != null && allowed.contains(party)) {
            assertThat(TicketLifecycle.check(from, to, EnumSet.of(party), "a reason")
                            .to())
                    .isEqualTo(to);
        } else {
            DomainException.Kind expected =
                    from == to || allowed == null ? DomainException.Kind.CONFLICT : DomainException.Kind.FORBIDDEN;
            assertThatThrownBy(() -> TicketLifecycle.check(from, to, EnumSet.of(party), "a reason"))
                    .isInstanceOf(TransitionNotAllowedException.class)
                    .extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theTableHasExactlyTheExpectedMoves() {
        assertThat(TicketLifecycle.transitions())
                .extracting(t -> List.of(t.from(), t.to()))
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        TicketLifecycle.transitions()
                .forEach(t -> assertThat(t.needsReason())
                        .as("%s -> %s needs a reason", t.from(), t.to())
                        .isEqualTo(NEED_REASON.contains(List.of(t.from(), t.to()))));
    }

    @Test
    void reopeningNeedsAReason() {
        assertThatThrownBy(() -> TicketLifecycle.check(AWAITING_CONFIRMATION, IN_PROGRESS, EnumSet.of(CUSTOMER), "  "))
                .isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("needs a reason")
                .satisfies(e -> assertThat(((DomainException) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("reason"));
    }

    @Test
    void closedIsFinal() {
        for (TicketStatus to : TicketStatus.values()) {
            if (to == CLOSED) {
                continue;
            }
            assertThatThrownBy(() -> TicketLifecycle.check(CLOSED, to, EnumSet.allOf(TicketLifecycle.Party.class), "x"))
                    .hasMessageContaining("it is final");
        }
    }

    @Test
    void aCustomerIsOnlyTheCustomerOfTheirOwnTicket() {
        Actor customer = new Actor(7L, 1L, "c", "C", Set.of(Role.CUSTOMER));
        assertThat(TicketLifecycle.partiesOf(customer, true)).containsExactly(CUSTOMER);
        assertThat(TicketLifecycle.partiesOf(customer, false)).isEmpty();
    }

    @Test
    void aSupervisorIsAlsoAHandlerAndQaIsNeither() {
        Actor supervisor = new Actor(8L, 1L, "s", "S", Set.of(Role.SUPERVISOR));
        Actor qa = new Actor(9L, 1L, "q", "Q", Set.of(Role.QA));
        assertThat(TicketLifecycle.partiesOf(supervisor, false)).containsExactlyInAnyOrder(HANDLER, SUPERVISOR);
        assertThat(TicketLifecycle.partiesOf(qa, false)).isEmpty();
        assertThat(TicketLifecycle.partiesOf(Actor.system(), false)).containsExactly(SYSTEM);
    }
}
