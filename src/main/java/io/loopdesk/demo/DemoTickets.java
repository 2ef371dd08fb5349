package io.loopdesk.demo;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Plays realistic ticket lives through the ticket API, each step at its own past moment: registration by the
 * customer, an agent or a channel; assignment; replies and progress; waiting for the customer; the solution; the
 * customer's confirmation or reopening; closing by a supervisor.
 */
final class DemoTickets {

    private static final List<TicketStatus> TARGETS = List.of(
            TicketStatus.NEW,
            TicketStatus.NEW,
            TicketStatus.NEW,
            TicketStatus.IN_PROGRESS,
            TicketStatus.IN_PROGRESS,
            TicketStatus.IN_PROGRESS,
            TicketStatus.IN_PROGRESS,
            TicketStatus.WAITING_CUSTOMER,
            TicketStatus.WAITING_CUSTOMER,
            TicketStatus.AWAITING_CONFIRMATION,
            TicketStatus.AWAITING_CONFIRMATION,
            TicketStatus.AWAITING_CONFIRMATION,
            TicketStatus.RESOLVED,
            TicketStatus.RESOLVED,
            TicketStatus.RESOLVED,
            TicketStatus.CLOSED,
            TicketStatus.CLOSED,
            TicketStatus.CLOSED,
            TicketStatus.CLOSED);

    private final Tickets tickets;
    private final Random random;
    private final Instant now;

    DemoTickets(Tickets tickets, Random random, Instant now) {
        this.tickets = tickets;
        this.random = random;
        this.now = now;
    }

    /** Creates {@code count} tickets; the first ones belong to the tenant's main demo customer, one per status. */
    int play(DemoPeople people, List<Problem> problems, List<Channel> channels, int count) {
        for (int i = 0; i < count; i++) {
            int customerIndex = i < TicketStatus.values().length
                    ? 0
                    : 1 + random.nextInt(people.customers().size() - 1);
            TicketStatus target = i < TicketStatus.values().length ? TicketStatus.values()[i] : pick(TARGETS);
            live(people, customerIndex, pick(problems), pick(channels), target);
        }
        return count;
    }

    private void live(DemoPeople people, int customerIndex, Problem problem, Channel channel, TicketStatus target) {
        Actor customer = people.customers().get(customerIndex);
        UserView account = people.customerAccounts().get(customerIndex);
        boolean english = account.displayName().chars().allMatch(c -> c < 128);
        // new and waiting tickets are recent: a desk whose auto-close runs has no week-old wait
        Duration age = target == TicketStatus.NEW || target == TicketStatus.WAITING_CUSTOMER
                ? Duration.ofMinutes(5 + random.nextInt(60 * 36))
                : Duration.ofMinutes(60 * 3 + random.nextInt(60 * 24 * 45));
        Instant opened = now.minus(age);
        Actor handler = random.nextInt(3) == 0 ? pick(people.engineers()) : pick(people.agents());
        Actor registrar = switch (channel) {
            case WEB, APP -> customer;
            case PHONE -> handler;
            default -> Actor.system();
        };
        Urgency urgency = random.nextInt(8) == 0 ? Urgency.CRITICAL : problem.urgency();
        OpenTicket open = OpenTicket.builder()
                .customer(
                        account.displayName(),
                        account.displayName(),
                        account.phone() != null && !english ? account.phone() : account.email())
                .product(problem.product())
                .title(english ? problem.enTitle() : problem.zhTitle())
                .description(english ? problem.enDescription() : problem.zhDescription())
                .type(problem.type())
                .urgency(urgency)
                .category(problem.category())
                .externalUserId("u" + (100000 + account.id()))
                .phone(account.phone())
                .device(channel == Channel.APP ? pick(DEVICES) : null)
                .location(pick(DemoCatalogue.CITIES))
                .links(
                        problem.category().startsWith("commercial")
                                        || problem.category().startsWith("content")
                                ? new RelatedLinks(
                                        problem.category().startsWith("content")
                                                ? "room-" + (80000 + random.nextInt(9999))
                                                : null,
                                        null,
                                        problem.category().startsWith("commercial")
                                                ? "SO" + (20260000000L + random.nextInt(9_999_999))
                                                : null)
                                : null)
                .firstReceivedAt(opened.minusSeconds(random.nextInt(90)))
                .requesterId(account.id())
                .build();
        String number =
                at(opened).open(people.tenantId(), channel, open, registrar).number();
        Long team = people.teamFor(problem.category());
        if (target == TicketStatus.NEW) {
            if (random.nextBoolean()) {
                at(step(opened, age, 0.5))
                        .route(number, team, random.nextBoolean() ? handler.userId() : null, null, people.supervisor());
            }
            return;
        }
        at(step(opened, age, 0.05)).route(number, team, handler.userId(), null, people.supervisor());
        at(step(opened, age, 0.08)).changeStatus(number, TicketStatus.IN_PROGRESS, null, handler);
        at(step(opened, age, 0.10)).addMessage(number, MessageKind.PUBLIC_REPLY, reply(english, 0), handler);
        at(step(opened, age, 0.15))
                .addProgress(
                        number,
                        new ProgressEntry(
                                ProgressLabel.CONTACTED_CUSTOMER,
                                english
                                        ? "Called the customer, confirmed the symptoms and the device model."
                                        : "已电话联系客户，确认故障现象和设备型号。",
                                step(opened, age, 0.6),
                                null,
                                null,
                                false,
                                true),
                        handler);
        if (target == TicketStatus.IN_PROGRESS) {
            if (random.nextBoolean()) {
                at(step(opened, age, 0.3))
                        .addMessage(
                                number,
                                MessageKind.INTERNAL_NOTE,
                                english
                                        ? "Looks like the server-side issue from last week; checking logs."
                                        : "疑似上周的服务端问题，正在查日志。",
                                handler);
            }
            return;
        }
        at(step(opened, age, 0.2)).changeStatus(number, TicketStatus.WAITING_CUSTOMER, null, handler);
        at(step(opened, age, 0.22)).addMessage(number, MessageKind.PUBLIC_REPLY, reply(english, 1), handler);
        if (target == TicketStatus.WAITING_CUSTOMER) {
            return;
        }
        at(step(opened, age, 0.3))
                .addMessage(
                        number,
                        MessageKind.PUBLIC_REPLY,
                        english ? "Here is the serial number and a screenshot." : "序列号和截图已经补充，请查看。",
                        customer);
        at(step(opened, age, 0.4))
                .addProgress(
                        number,
                        new ProgressEntry(
                                ProgressLabel.REMOTE_TROUBLESHOOTING,
                                english
                                        ? "Checked the device logs remotely and found a configuration fault on our side; fixed it."
                                        : "远程查看设备日志，发现服务端配置异常，已修复。",
                                null,
                                step(opened, age, 0.45),
                                null,
                                false,
                                true),
                        handler);
        at(step(opened, age, 0.45)).addMessage(number, MessageKind.PUBLIC_REPLY, reply(english, 2), handler);
        at(step(opened, age, 0.46)).changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, handler);
        if (target == TicketStatus.AWAITING_CONFIRMATION) {
            return;
        }
        if (random.nextInt(5) == 0) {
            at(step(opened, age, 0.5))
                    .changeStatus(
                            number,
                            TicketStatus.IN_PROGRESS,
                            english ? "It happened again this morning." : "今天早上又出现了同样的问题。",
                            customer);
            at(step(opened, age, 0.6)).addMessage(number, MessageKind.PUBLIC_REPLY, reply(english, 3), handler);
            at(step(opened, age, 0.62)).changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, handler);
        }
        at(step(opened, age, 0.7)).changeStatus(number, TicketStatus.RESOLVED, null, customer);
        if (target == TicketStatus.CLOSED) {
            at(step(opened, age, 0.9)).changeStatus(number, TicketStatus.CLOSED, null, people.supervisor());
        }
    }

    private static final List<Device> DEVICES = List.of(
            new Device("iOS 18.1", "iPhone 13", "5.2.0"),
            new Device("Android 15", "Xiaomi 14", "5.1.8"),
            new Device("HarmonyOS 4.2", "HUAWEI Mate 60", "5.2.0"),
            new Device("Android 14", "OPPO Find X7", "5.0.3"));

    private Tickets at(Instant instant) {
        return tickets.withClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static Instant step(Instant opened, Duration age, double share) {
        return opened.plusMillis((long) (age.toMillis() * share));
    }

    private String reply(boolean english, int index) {
        return (english ? DemoCatalogue.EN_REPLIES : DemoCatalogue.ZH_REPLIES).get(index);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
