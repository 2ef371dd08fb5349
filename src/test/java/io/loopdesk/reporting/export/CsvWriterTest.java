package io.loopdesk.reporting.export;

import static io.loopdesk.reporting.export.ReportFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void startsWithAByteOrderMarkSoExcelReadsChinese() throws IOException {
        byte[] csv = write(ReportFixture.ticketTable(2));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).startsWith("编号,标题,渠道,字数,处理时长(小时),评分\r\n");
    }

    @Test
    void writesOneRecordPerRowWithCrlfAndEmptyFieldsForNulls() throws IOException {
        String csv = text(write(ReportFixture.ticketTable(7)));
        assertThat(csv.split("\r\n")).hasSize(8);
        assertThat(csv).contains("\r\nT20261100001,无法登录账户 #1,网页表单,1001,1.51,2\r\n");
        assertThat(csv).endsWith("\r\nT20261100007,无法登录账户 #7,在线客服,1007,1.57,\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws IOException {
        Table table = new Table(
                "Quoting",
                List.of(Table.Column.text("text")),
                List.of(row("a, b"), row("say \"hi\""), row("two\nlines"), row("plain")));
        String csv = text(write(table));
        assertThat(csv).isEqualTo("text\r\n\"a, b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\nplain\r\n");
        assertThat(parse(csv))
                .containsExactly(
                        List.of("text"),
                        List.of("a, b"),
                        List.of("say \"hi\""),
                        List.of("two\nlines"),
                        List.of("plain"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        Table table = new Table(
                "Injection",
                List.of(Table.Column.text("=HEADER()"), Table.Column.number("n")),
                List.of(
                        row("=HYPERLINK(\"http://evil.example\",\"click\")", -5),
                        row("+1", new BigDecimal("-0.5")),
                        row("-2+3", null),
                        row("@SUM(A1)", 1),
                        row("\tindented", 2),
                        row("\rcarriage", 3),
                        row("a=b is fine", 4)));
        List<List<String>> records = parse(text(write(table)));
        assertThat(records)
                .containsExactly(
                        List.of("'=HEADER()", "n"),
                        List.of("'=HYPERLINK(\"http://evil.example\",\"click\")", "-5"),
                        List.of("'+1", "-0.5"),
                        List.of("'-2+3", ""),
                        List.of("'@SUM(A1)", "1"),
                        List.of("'\tindented", "2"),
                        List.of("'\rcarriage", "3"),
                        List.of("a=b is fine", "4"));
    }

    @Test
    void numbersArePlainForMachines() throws IOException {
        Table table = new Table(
                "Numbers",
                List.of(Table.Column.number("n")),
                List.of(row(new BigDecimal("1E+3")), row(1234567), row(2.5d)));
        assertThat(text(write(table))).isEqualTo("n\r\n1000\r\n1234567\r\n2.5\r\n");
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        ClosingProbe out = new ClosingProbe();
        new CsvWriter().write(ReportFixture.ticketTable(1), out);
        assertThat(out.closed()).isFalse();
        assertThat(text(out.toByteArray())).startsWith("编号,");
    }

    private static byte[] write(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(table, out);
        return out.toByteArray();
    }

    /** The text after the byte order mark. */
    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<List<String>> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).stream()
                .map(CSVRecord::toList)
                .toList();
    }
}
