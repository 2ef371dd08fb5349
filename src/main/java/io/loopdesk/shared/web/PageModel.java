package io.loopdesk.shared.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: links to this same page in each language. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("langUrls")
    Map<String, String> languageLinks() {
        return Map.of(
                "zh", withLang("zh-CN"),
                "en", withLang("en"));
    }

    private static String withLang(String lang) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", lang)
                .replaceQueryParam("continue")
                .build()
                .toUriString();
    }
}
