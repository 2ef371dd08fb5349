package io.loopdesk.hosting;

import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.TenantAdmins;
import io.loopdesk.shared.Phrase;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.TenantInfo;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "service starts" e-mail (seed 000: 服务开始后正式邮件通知服务开始的时间与服务托管内容): one to each of the
 * brand's admins, in their language, through the outbox.
 */
@Component
class ServiceStartMail {

    private final TenantAdmins admins;
    private final Notifications notifications;
    private final MessageSource messages;

    ServiceStartMail(TenantAdmins admins, Notifications notifications, MessageSource messages) {
        this.admins = admins;
        this.notifications = notifications;
        this.messages = messages;
    }

    int send(TenantInfo tenant, HostingProfile hosting, OnboardingAnswers answers, OnboardingState state) {
        String started = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(tenant.timeZone())
                .format(state.serviceStartedAt());
        List<TenantAdmins.Address> addresses = admins.of(tenant);
        for (TenantAdmins.Address admin : addresses) {
            Locale language = admin.language();
            notifications.send(new NotificationRequest(
                    tenant.id(),
                    admin.to(),
                    new Phrase("hosting.mail.subject", List.of(tenant.name())),
                    new Phrase(
                            "hosting.mail.body",
                            List.of(
                                    tenant.name(),
                                    started + " (" + tenant.timeZone().getId() + ")",
                                    channels(hosting, language),
                                    days(answers, language) + " " + answers.serviceHours(),
                                    String.valueOf(answers.firstResponseHours()),
                                    hosting.regions().isEmpty() ? "—" : hosting.regions(),
                                    messages.getMessage(
                                            "platform.language." + answers.replyLanguage(), null, language))),
                    null,
                    null,
                    language,
                    null));
        }
        return addresses.size();
    }

    private String channels(HostingProfile hosting, Locale language) {
        return hosting.channels().stream()
                .sorted()
                .map(c -> messages.getMessage("platform.hosting.channel." + c, null, language))
                .collect(Collectors.joining(", "));
    }

    private static String days(OnboardingAnswers answers, Locale language) {
        return answers.serviceDays().stream()
                .sorted()
                .map((DayOfWeek day) -> day.getDisplayName(TextStyle.SHORT, language))
                .collect(Collectors.joining(" "));
    }
}
