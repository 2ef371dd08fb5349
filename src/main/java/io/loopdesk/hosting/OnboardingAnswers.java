package io.loopdesk.hosting;

import io.loopdesk.tenant.HostedChannel;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A brand's answers to the onboarding checklist, seed 000's seven questions and the reply language.
 *
 * @param channels 1. what the platform hosts
 * @param appName 2. the brand's OEM or custom app
 * @param products 2. its product categories
 * @param serviceDays 3. the days of service
 * @param serviceHours 3. the hours of those days, e.g. {@code 09:00-21:00} (7×12), in the tenant's time zone
 * @param firstResponseHours 4. within how many working hours a customer gets a first answer
 * @param regions 5. where customers are served
 * @param replyLanguage the language replies are written in: {@code zh-CN}, or {@code en} for overseas brands
 * @param replyStrategy 6. the reply strategy and wording
 */
// serializable: refused answers travel back to the form as a flash attribute in the session
public record OnboardingAnswers(
        Set<HostedChannel> channels,
        String appName,
        String products,
        Set<DayOfWeek> serviceDays,
        String serviceHours,
        int firstResponseHours,
        String regions,
        String replyLanguage,
        String replyStrategy)
        implements Serializable {

    public OnboardingAnswers {
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        serviceDays = serviceDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(serviceDays));
        appName = appName.strip();
        products = products.strip();
        serviceHours = serviceHours.strip();
        regions = regions.strip();
        replyStrategy = replyStrategy.strip();
    }
}
