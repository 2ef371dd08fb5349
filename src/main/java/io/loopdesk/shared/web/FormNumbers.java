package io.loopdesk.shared.web;

/**
 * Whole numbers typed into a form's fields. What is not one is handed on as {@link #NOT_A_NUMBER}, below every range
 * a setting allows, so the domain's own range check refuses it with the field's name and message, as it does a
 * number out of range: a page has one refusal per field, whatever was typed.
 */
public final class FormNumbers {

    /** What a field that holds no whole number reads as. */
    public static final int NOT_A_NUMBER = -1;

    private FormNumbers() {}

    /** The whole number typed, or {@link #NOT_A_NUMBER}. */
    public static int whole(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
