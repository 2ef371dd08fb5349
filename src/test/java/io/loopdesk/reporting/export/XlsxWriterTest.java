package io.loopdesk.reporting.export;

import static io.loopdesk.reporting.export.ReportFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class XlsxWriterTest {

    @TempDir
    Path temporary;

    @Test
    void eachTableBecomesASheetWithNumbersAsNumbersAndChineseIntact() throws IOException {
        byte[] xlsx = write(List.of(ReportFixture.ticketTable(2500), channels()));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("工单明细", "渠道");
            List<Row> rows = sheets.getFirst().read();
            assertThat(rows).hasSize(2501);
            assertThat(rows.getFirst().stream().map(cell -> cell.getText()).toList())
                    .containsExactly("编号", "标题", "渠道", "字数", "处理时长(小时)", "评分");
            Row first = rows.get(1);
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).asString()).isEqualTo("无法登录账户 #1");
            assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("1001");
            assertThat(first.getCell(4).asNumber()).isEqualByComparingTo("1.51");
            Row seventh = rows.get(7);
            assertThat(seventh.getCellAsNumber(5)).isEmpty();
            assertThat(rows.getLast().getCell(0).asString()).isEqualTo("T20261102500");
            assertThat(sheets.get(1).read().get(1).getCell(1).asNumber()).isEqualByComparingTo("-0.25");
        }
    }

    @Test
    void theHeaderRowIsBoldAndFrozen() throws Exception {
        byte[] xlsx = write(List.of(channels()));
        Document sheet = xml(xlsx, "xl/worksheets/sheet1.xml");
        Document styles = xml(xlsx, "xl/styles.xml");
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//*[local-name()='pane']/@state", sheet)).isEqualTo("frozen");
        assertThat(xpath.evaluate("//*[local-name()='pane']/@ySplit", sheet)).isEqualTo("1");
        String style = xpath.evaluate("//*[local-name()='c'][@r='A1']/@s", sheet);
        String font = xpath.evaluate(
                "//*[local-name()='cellXfs']/*[local-name()='xf'][" + (Integer.parseInt(style) + 1) + "]/@fontId",
                styles);
        assertThat(xpath.evaluate(
                        "count(//*[local-name()='fonts']/*[local-name()='font'][" + (Integer.parseInt(font) + 1)
                                + "]/*[local-name()='b'])",
                        styles))
                .isEqualTo("1");
    }

    @Test
    void textsThatLookLikeFormulasStayText() throws IOException {
        Table table = new Table(
                "Injection", List.of(Table.Column.text("text")), List.of(row("=HYPERLINK(\"http://evil.example\")")));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(List.of(table))))) {
            var cell = workbook.getFirstSheet().read().get(1).getCell(0);
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.getFormula()).isNull();
            assertThat(cell.asString()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutWithAnEllipsis() throws IOException {
        Table table = new Table("Long", List.of(Table.Column.text("text")), List.of(row("长".repeat(40_000))));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(List.of(table))))) {
            String text = workbook.getFirstSheet().read().get(1).getCell(0).asString();
            assertThat(text).hasSize(XlsxWriter.MAX_CELL_TEXT).startsWith("长长").endsWith("长…");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() throws IOException {
        List<Table> tables = List.of(
                titled("工单: 按渠道 [11/2026] *?\\"),
                titled("A title much longer than thirty-one characters"),
                titled("A title much longer than thirty-one characters, again"),
                titled("report"),
                titled("REPORT"),
                titled("'quoted'"),
                titled("History"),
                titled("[]:"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(tables)))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList())
                    .containsExactly(
                            "工单_ 按渠道 _11_2026_ ___",
                            "A title much longer than thirty",
                            "A title much longer than th (2)",
                            "report",
                            "REPORT (2)",
                            "quoted",
                            "History_",
                            "___");
        }
    }

    @Test
    void sheetNamesAreNeverEmptyAndNeverSplitACharacter() {
        SheetNames names = new SheetNames();
        assertThat(names.next("''")).isEqualTo("Sheet");
        assertThat(names.next("'")).isEqualTo("Sheet (2)");
        String thirtyAndAnEmoji = "x".repeat(30) + "😀";
        assertThat(names.next(thirtyAndAnEmoji)).isEqualTo("x".repeat(30));
    }

    @Test
    void aWorkbookNeedsATable() {
        assertThatThrownBy(() -> write(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An XLSX workbook needs at least one table");
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        ClosingProbe out = new ClosingProbe();
        new XlsxWriter().write(List.of(channels()), out);
        assertThat(out.closed()).isFalse();
        assertThat(ReadableWorkbook.isOOXMLZipHeader(out.toByteArray())).isTrue();
    }

    private static Table channels() {
        return new Table(
                "渠道",
                List.of(Table.Column.text("渠道"), Table.Column.number("变化")),
                List.of(row("邮件", new BigDecimal("-0.25")), row("电话", 0.5d)));
    }

    private static Table titled(String title) {
        return new Table(title, List.of(Table.Column.text("a")), List.of());
    }

    private static byte[] write(List<Table> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(tables, out);
        return out.toByteArray();
    }

    /** A part of the workbook, read through the zip's central directory as Excel does (not entry by entry). */
    private Document xml(byte[] xlsx, String part) throws Exception {
        Path file = Files.write(temporary.resolve("workbook.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
