package io.loopdesk.hosting;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.calendar.DayHours;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.TenantSettings;
import io.loopdesk.tenant.Tenants;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The onboarding checklist of a hosted brand: its answers read back from the settings they fill, applied to them in
 * one go, and the start of its service announced to its admins.
 */
@Service
public class Onboardings {

    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final Tenants tenants;
    private final Calendars calendars;
    private final SlaPolicies policies;
    private final OnboardingRepository onboardings;
    private final ServiceStartMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Onboardings(
            Tenants tenants,
            Calendars calendars,
            SlaPolicies policies,
            OnboardingRepository onboardings,
            ServiceStartMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tenants = tenants;
        this.calendars = calendars;
        this.policies = policies;
        this.onboardings = onboardings;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Where the brand's onboarding stands; empty until the checklist was answered. */
    public Optional<OnboardingState> state(long tenantId) {
        return onboardings.findById(tenantId).map(Onboarding::state);
    }

    /** The answers as the brand's settings give them now: what the checklist form starts from. */
    public OnboardingAnswers answers(long tenantId, Actor actor) {
        TenantInfo tenant = tenant(tenantId);
        HostingProfile hosting = tenants.hosting(tenantId);
        BusinessCalendar calendar = calendars.ofTenant(tenantId);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String hours = "09:00-18:00";
        for (Map.Entry<DayOfWeek, DayHours> day : calendar.weeklyHours().days().entrySet()) {
            if (!day.getValue().isClosed()) {
                days.add(day.getKey());
                hours = day.getValue().toString();
            }
        }
        Optional<OnboardingState> state = state(tenantId);
        return new OnboardingAnswers(
                hosting.channels(),
                state.map(OnboardingState::appName).orElse(""),
                state.map(OnboardingState::products).orElse(""),
                days,
                hours,
                (int) Math.max(
                        1,
                        policies.get(tenantId, actor).standard().firstResponse().toHours()),
                hosting.regions(),
                tenant.defaultLocale().toLanguageTag(),
                hosting.replyStrategy());
    }

    /**
     * Applies the answers: the hosting profile (channels, regions, reply strategy) and reply language of the tenant,
     * its business calendar (the service days and hours; holidays kept), its first-response target, and the app and
     * products. Everything is checked before anything is changed; each setting lands in the tenant's audit trail.
     *
     * @throws OnboardingRefusedException naming every answer that cannot be applied
     */
    public OnboardingState apply(long tenantId, OnboardingAnswers answers, Actor actor) {
        TenantInfo tenant = tenant(tenantId);
        List<FieldProblem> problems = new ArrayList<>();
        if (answers.channels().isEmpty()) {
            problems.add(new FieldProblem("channels", "hosting.onboarding.channels", "Choose at least one channel."));
        }
        if (answers.appName().isEmpty() || answers.appName().length() > 200) {
            problems.add(
                    new FieldProblem("appName", "hosting.onboarding.appName", "Name the app, in 1–200 characters."));
        }
        if (answers.products().length() > 1000) {
            problems.add(new FieldProblem(
                    "products", "hosting.onboarding.products", "Product categories have at most 1,000 characters."));
        }
        if (answers.firstResponseHours() < 1 || answers.firstResponseHours() > 168) {
            problems.add(new FieldProblem(
                    "firstResponseHours",
                    "hosting.onboarding.firstResponse",
                    "A first answer is due within 1–168 working hours."));
        }
        if (!LANGUAGES.contains(answers.replyLanguage())) {
            problems.add(new FieldProblem(
                    "replyLanguage", "hosting.onboarding.language", "Replies are written in Chinese or English."));
        }
        CalendarDraft calendar = calendarOf(tenant, answers, problems);
        SlaSettings sla = slaOf(tenantId, answers, actor);
        if (!problems.isEmpty()) {
            throw new OnboardingRefusedException(DomainException.Kind.INVALID, problems);
        }
        // the profile is checked by its owner; applied first, a refusal there leaves everything as it was
        tenants.host(tenantId, new HostingProfile(answers.channels(), answers.regions(), answers.replyStrategy()));
        Locale language = Locale.forLanguageTag(answers.replyLanguage());
        if (!language.equals(tenant.defaultLocale())) {
            tenants.change(tenantId, new TenantSettings(tenant.name(), tenant.plan(), tenant.timeZone(), language));
        }
        calendars.save(tenantId, null, calendar, actor);
        policies.save(tenantId, sla, actor);
        Onboarding onboarding = onboardings.findById(tenantId).orElseGet(() -> new Onboarding(tenantId));
        onboarding.answer(answers.appName(), answers.products(), actor.name(), clock.instant());
        OnboardingState state = onboardings.save(onboarding).state();
        events.publishEvent(new Audited(tenantId, "hosting.onboarding.answered", tenant.code(), null, answers));
        return state;
    }

    /**
     * Starts the brand's service: its admins are told by e-mail, in their language, when it started and what it
     * covers. Once only; the brand must have answered the checklist and authorised hosting.
     *
     * @return how many admins were written to
     * @throws OnboardingRefusedException if the checklist is unanswered, hosting not authorised or the service started
     */
    public int startService(long tenantId, Actor actor) {
        TenantInfo tenant = tenant(tenantId);
        Onboarding onboarding = onboardings
                .findById(tenantId)
                .orElseThrow(() -> refused("hosting.start.unanswered", "Answer the onboarding checklist first."));
        if (!tenant.hostingAuthorised()) {
            throw refused("hosting.start.unauthorised", "Record the brand's hosting authorisation first.");
        }
        if (onboarding.state().started()) {
            throw refused("hosting.start.again", "The service has started already.");
        }
        onboarding.start(actor.name(), clock.instant());
        OnboardingState state = onboardings.save(onboarding).state();
        int written = mail.send(tenant, tenants.hosting(tenantId), answers(tenantId, actor), state);
        events.publishEvent(
                new Audited(tenantId, "hosting.service.started", tenant.code(), null, state.serviceStartedAt()));
        return written;
    }

    private CalendarDraft calendarOf(TenantInfo tenant, OnboardingAnswers answers, List<FieldProblem> problems) {
        if (answers.serviceDays().isEmpty()) {
            problems.add(new FieldProblem("serviceDays", "hosting.onboarding.days", "Choose the days of service."));
        }
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        answers.serviceDays().forEach(day -> hours.put(day, answers.serviceHours()));
        CalendarDraft current = CalendarDraft.of(calendars.ofTenant(tenant.id()));
        CalendarDraft draft = new CalendarDraft(tenant.timeZone().getId(), hours, current.holidays());
        try {
            draft.toCalendar();
        } catch (DomainException wrong) {
            problems.add(new FieldProblem(
                    "serviceHours",
                    "hosting.onboarding.hours",
                    "Give the hours as from-to, e.g. 09:00-21:00 or 09:00-12:00, 13:00-18:00."));
        }
        return draft;
    }

    private SlaSettings slaOf(long tenantId, OnboardingAnswers answers, Actor actor) {
        SlaSettings current = policies.get(tenantId, actor);
        Duration firstResponse = Duration.ofHours(Math.max(1, answers.firstResponseHours()));
        SlaSettings.StandardTerms standard = current.standard();
        return new SlaSettings(
                current.policy(),
                new SlaSettings.StandardTerms(
                        firstResponse,
                        standard.technicalFirstResponse(),
                        standard.contentResolution(),
                        standard.nextResponse()),
                current.marketplace(),
                current.resolution(),
                current.bases(),
                current.clocks(),
                current.autoClose(),
                current.complaints());
    }

    private TenantInfo tenant(long tenantId) {
        return tenants.byId(tenantId)
                .orElseThrow(() -> new OnboardingRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        List.of(new FieldProblem("tenant", "tenant.unknown", "There is no such tenant."))));
    }

    private static OnboardingRefusedException refused(String code, String message) {
        return new OnboardingRefusedException(
                DomainException.Kind.CONFLICT, List.of(new FieldProblem("service", code, message)));
    }
}
