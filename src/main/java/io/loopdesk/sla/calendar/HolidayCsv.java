package io.loopdesk.sla.calendar;

import io.loopdesk.shared.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV form of a holiday file, the form Loopdesk's own data is kept in: one day per line,
 * {@code 2027-10-01,国庆节,HOLIDAY} or {@code 2027-09-26,国庆节,MAKE_UP_WORKDAY}. Blank lines, lines starting with
 * {@code #} and a header line ({@code date,name,kind}) are skipped; a name with commas is quoted
 * ({@code "国庆节,中秋节"}), as spreadsheets write it.
 */
final class HolidayCsv {

    private HolidayCsv() {}

    /** The days the text lists; what is wrong goes to {@code problems}, one per line. */
    static List<HolidayLine> read(String text, List<FieldProblem> problems) {
        List<HolidayLine> days = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (first && isHeader(cells.getFirst())) {
                first = false;
                continue;
            }
            first = false;
            day(i + 1, line, cells, problems).ifPresent(days::add);
        }
        return days;
    }

    private static boolean isHeader(String cell) {
        String name = cell.toLowerCase(Locale.ROOT);
        return name.equals("date") || name.equals("日期");
    }

    private static Optional<HolidayLine> day(int number, String line, List<String> cells, List<FieldProblem> problems) {
        if (cells.size() < 3) {
            problems.add(HolidayLine.problem(
                    number,
                    "sla.holidays.line.columns",
                    "write date, name, HOLIDAY or MAKE_UP_WORKDAY, not '" + line + "'.",
                    line));
            return Optional.empty();
        }
        String date = cells.getFirst();
        String kind = cells.getLast();
        String name = String.join(",", cells.subList(1, cells.size() - 1)).strip();
        int before = problems.size();
        LocalDate parsed = null;
        try {
            parsed = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(HolidayLine.problem(
                    number, "sla.holidays.line.date", "'" + date + "' is not a date like 2027-10-01.", date));
        }
        SpecialDay.Kind readKind = SpecialDay.Kind.read(kind).orElse(null);
        if (readKind == null) {
            problems.add(HolidayLine.problem(
                    number, "sla.holidays.line.kind", "write HOLIDAY or MAKE_UP_WORKDAY, not '" + kind + "'.", kind));
        }
        HolidayLine.checkName(number, name, problems);
        return problems.size() > before
                ? Optional.empty()
                : Optional.of(new HolidayLine(number, new SpecialDay(parsed, name, readKind)));
    }

    /** The cells of a line: split at commas outside double quotes; {@code ""} inside quotes is one quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
