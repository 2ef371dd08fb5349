package io.loopdesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Chinese or English: the browser's preference by default, switched with {@code ?lang=en} or
 * {@code ?lang=zh-CN} and remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    static final String COOKIE = "loopdesk-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // not on the error page: reading a parameter of a refused upload fails again, and the page would be lost
        registry.addInterceptor(change).excludePathPatterns("/error");
    }

    /** The first browser language we speak; Chinese of any region reads the simplified pages. */
    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
