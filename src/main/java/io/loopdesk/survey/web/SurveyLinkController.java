package io.loopdesk.survey.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.survey.Scores;
import io.loopdesk.survey.link.SurveyAnswer;
import io.loopdesk.survey.link.SurveyAnswers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey page a result notice links to ({@code /r/{token}}), open without a sign-in and made for a phone: is the
 * problem solved? If so, how did we do; if not, what is still wrong.
 */
@Controller
class SurveyLinkController {

    private final SurveyAnswers surveys;
    private final FieldMessages fieldMessages;

    SurveyLinkController(SurveyAnswers surveys, FieldMessages fieldMessages) {
        this.surveys = surveys;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/r/{token}")
    String survey(@PathVariable String token, Model model, HttpServletResponse response) {
        return show(token, model, response, Map.of(), null);
    }

    @PostMapping("/r/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(defaultValue = "CONFIRMED") String answer,
            RatingForm form,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        SurveyAnswer.Kind kind = kind(answer);
        Scores scores = kind == SurveyAnswer.Kind.REOPENED ? null : form.scores();
        try {
            surveys.answer(token, new SurveyAnswer(kind, scores, blankToNull(reason)), locale);
        } catch (DomainException refused) {
            response.setStatus(refused.kind() == DomainException.Kind.INVALID ? 422 : 409);
            model.addAttribute("reason", reason);
            model.addAttribute("form", form);
            return show(
                    token,
                    model,
                    response,
                    fieldMessages.of(refused.problems()),
                    refused.problems().isEmpty() ? fieldMessages.refusal(refused) : null);
        }
        model.addAttribute("answered", kind.name());
        return show(token, model, response, Map.of(), null);
    }

    private String show(
            String token,
            Model model,
            HttpServletResponse response,
            Map<String, String> errors,
            @Nullable String failure) {
        model.addAttribute("token", token);
        Optional<SurveyAnswers.Survey> survey = surveys.open(token);
        if (survey.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("stage", "INVALID");
            return "survey/link";
        }
        SurveyAnswers.Survey found = survey.get();
        if (found.stage() == SurveyAnswers.Stage.EXPIRED && response.getStatus() < 400) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        model.addAttribute("stage", found.stage().name());
        model.addAttribute("survey", found);
        model.addAttribute("ticket", found.ticket());
        model.addAttribute("dimensions", RatingController.DIMENSIONS);
        model.addAttribute("answers", RatingController.ANSWERS);
        model.addAttribute("askNps", found.askNps());
        model.addAttribute("errors", errors);
        model.addAttribute("failure", failure);
        return "survey/link";
    }

    private static SurveyAnswer.Kind kind(String answer) {
        try {
            return SurveyAnswer.Kind.valueOf(answer);
        } catch (IllegalArgumentException unknown) {
            return SurveyAnswer.Kind.CONFIRMED;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
