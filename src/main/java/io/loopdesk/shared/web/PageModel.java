package io.loopdesk.shared.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What every page's layout needs: links to this same page in each language. They are built only when a page shows
 * them: the advice also runs for API calls ({@code @RestController} is a {@code @Controller}), which render none.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("langUrls")
    LazyContextVariable<Map<String, String>> languageLinks() {
        return new LazyContextVariable<>() {
            @Override
            protected Map<String, String> loadValue() {
                return Map.of("zh", withLang("zh-CN"), "en", withLang("en"));
            }
        };
    }

    private static String withLang(String lang) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", lang)
                .replaceQueryParam("continue")
                .build()
                .toUriString();
    }
}
