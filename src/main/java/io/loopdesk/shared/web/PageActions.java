package io.loopdesk.shared.web;

import io.loopdesk.shared.DomainException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page carries out what a person asked for, the same on every page: the action runs; done, the page says so
 * ({@code notice}, a message key); refused, it says why in the reader's language ({@code failure}); a thing that is
 * not there, or not the reader's, stays a 404 like on every other page instead of a message on this one.
 */
@Component
public class PageActions {

    private final FieldMessages messages;

    PageActions(FieldMessages messages) {
        this.messages = messages;
    }

    /** What came of an action: its result, or the refusal with the page's text for it. */
    public sealed interface Outcome {
        record Done(@Nullable Object result) implements Outcome {}

        record Refused(DomainException refusal, String message) implements Outcome {}
    }

    /** Runs {@code action}; a refusal other than "not found" is returned with its text, not thrown. */
    public Outcome run(Supplier<?> action) {
        try {
            return new Outcome.Done(action.get());
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            return new Outcome.Refused(refused, messages.refusal(refused));
        }
    }

    /**
     * Runs {@code action} for a form that posts and redirects: the notice or the refusal goes with the redirect to
     * {@code target} (a path), and is shown once there.
     */
    public String redirect(String target, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        Outcome outcome = run(action);
        flash(outcome, redirect, doneKey);
        return "redirect:" + target;
    }

    /** The outcome's notice or refusal for the page the redirect lands on. */
    public void flash(Outcome outcome, RedirectAttributes redirect, String doneKey) {
        switch (outcome) {
            case Outcome.Done done -> redirect.addFlashAttribute("notice", doneKey);
            case Outcome.Refused refused -> redirect.addFlashAttribute("failure", refused.message());
        }
    }

    /** The outcome's notice or refusal for a page rendered in answer to the post itself (htmx, a form shown again). */
    public void show(Outcome outcome, Model model, String doneKey) {
        switch (outcome) {
            case Outcome.Done done -> model.addAttribute("notice", doneKey);
            case Outcome.Refused refused -> model.addAttribute("failure", refused.message());
        }
    }
}
