package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The header's language switch ({@code ?lang=en}, {@code ?lang=zh-CN}) also remembers the choice as the signed-in
 * person's preferred language, the one their e-mails and text messages are written in. Only a click on the switch
 * writes; an unknown language is ignored, as the page ignores it.
 */
@Configuration(proxyBeanMethods = false)
class PreferredLanguage implements WebMvcConfigurer, HandlerInterceptor {

    private final UserAccounts users;

    PreferredLanguage(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/error", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            return true;
        }
        Locale chosen = switch (Locale.forLanguageTag(lang.strip()).getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
        Actor actor = CurrentActor.find().filter(a -> a.userId() != null).orElse(null);
        if (chosen == null || actor == null) {
            return true;
        }
        boolean changed = users.byId(actor.userId())
                .map(UserView::preferredLocale)
                .map(now -> !Objects.equals(now, chosen))
                .orElse(true);
        if (changed) {
            users.preferLanguage(actor.userId(), chosen);
        }
        return true;
    }
}
