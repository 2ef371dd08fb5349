package io.loopdesk.sla.calendar;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One year's public holidays and make-up working days, as a holiday file gives them: Loopdesk's own data
 * ({@code sla/holidays/CN-2026.csv}) or a file a tenant admin imports. The file is CSV ({@link HolidayCsv}) or
 * iCalendar ({@link HolidayIcs}), in UTF-8 (or GB18030, as spreadsheets in China save CSV).
 *
 * @param year the year the schedule is for: the year most of its days are in. Every day is in that year or in the
 *     December before it, since a year's schedule may begin then (2019's New Year holiday began on 30 December
 *     2018, with 29 December worked)
 * @param schedule the days, each date once
 */
public record HolidayYear(int year, HolidaySchedule schedule) {

    /** The largest file read: a year has at most 366 days, a calendar a few lines for each. */
    public static final int MAX_BYTES = 1 << 20;

    /** Problems listed before the rest are only counted. */
    public static final int MAX_PROBLEMS = 20;

    /** The year a file describes, read from a stream; see {@link #read(byte[])}. */
    static HolidayYear read(InputStream file) {
        try {
            return read(file.readNBytes(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday file", e);
        }
    }

    /**
     * The year a file describes.
     *
     * @throws SlaValidationException naming every line at fault (field {@code line 7}); nothing is read then
     */
    static HolidayYear read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw SlaValidationException.of(
                    "file", "sla.holidays.file.too-large", "A holiday file has at most 1 MB: one year at a time.");
        }
        String text = text(content);
        List<FieldProblem> problems = new ArrayList<>();
        List<HolidayLine> lines =
                HolidayIcs.isCalendar(text) ? HolidayIcs.read(text, problems) : HolidayCsv.read(text, problems);
        if (lines.isEmpty() && problems.isEmpty()) {
            throw SlaValidationException.of(
                    "file", "sla.holidays.file.empty", "The file lists no days: one per line, date,name,kind.");
        }
        int year = mostCommonYear(lines);
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<SpecialDay> days = new ArrayList<>();
        for (HolidayLine line : lines) {
            LocalDate date = line.day().date();
            Integer earlier = seen.putIfAbsent(date, line.line());
            if (earlier != null) {
                problems.add(HolidayLine.problem(
                        line.line(),
                        "sla.holidays.line.twice",
                        date + " is listed already on line " + earlier + ".",
                        date.toString(),
                        earlier));
            } else if (!belongsTo(date, year)) {
                problems.add(HolidayLine.problem(
                        line.line(),
                        "sla.holidays.line.year",
                        date + " is not in " + year + ", the year of the file's other days: one year at a time.",
                        date.toString(),
                        String.valueOf(year)));
            } else {
                days.add(line.day());
            }
        }
        if (!problems.isEmpty()) {
            throw new SlaValidationException(shortened(problems));
        }
        return new HolidayYear(year, HolidaySchedule.of(days));
    }

    /** The year most days are in (the later of two as common), so a mistyped year is the line at fault. */
    private static int mostCommonYear(List<HolidayLine> lines) {
        Map<Integer, Long> byYear =
                lines.stream().collect(Collectors.groupingBy(l -> l.day().date().getYear(), Collectors.counting()));
        return byYear.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(0);
    }

    private static boolean belongsTo(LocalDate date, int year) {
        return date.getYear() == year || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
    }

    private static List<FieldProblem> shortened(List<FieldProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<FieldProblem> listed = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        int more = problems.size() - MAX_PROBLEMS;
        listed.add(
                new FieldProblem("file", "sla.holidays.file.more", "… and " + more + " more problems.", List.of(more)));
        return listed;
    }

    /** UTF-8 (a byte-order mark dropped), else GB18030, which every byte sequence decodes in. */
    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, Charset.forName("GB18030"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
