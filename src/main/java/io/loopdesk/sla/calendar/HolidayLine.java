package io.loopdesk.sla.calendar;

import io.loopdesk.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** A day a holiday file lists, with the number of the line that lists it, so that a problem can name the line. */
record HolidayLine(int line, SpecialDay day) {

    /** A problem with line {@code line}: field {@code line 7}, the line number the first of the message's values. */
    static FieldProblem problem(int line, String code, String message, Object... values) {
        List<Object> args = new ArrayList<>();
        args.add(line);
        args.addAll(List.of(values));
        return new FieldProblem("line " + line, code, "Line " + line + ": " + message, args);
    }

    /** Adds a problem if a day's name is missing or longer than a calendar stores. */
    static void checkName(int line, String name, List<FieldProblem> problems) {
        if (name.isBlank()) {
            problems.add(problem(line, "sla.holidays.line.name", "give the day a name."));
        } else if (name.length() > CalendarDraft.MAX_NAME) {
            problems.add(problem(
                    line,
                    "sla.holidays.line.name.too-long",
                    "a day's name has at most " + CalendarDraft.MAX_NAME + " characters.",
                    CalendarDraft.MAX_NAME));
        }
    }
}
