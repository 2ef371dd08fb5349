package io.loopdesk.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    private static final int TICKETS = 150;

    private static byte[] pdf;
    private static PDDocument read;
    private static String text;

    @BeforeAll
    static void writeTheFeedbackReport() throws IOException {
        pdf = write(ReportFixture.feedbackReport(TICKETS));
        read = Loader.loadPDF(pdf);
        text = new PDFTextStripper().getText(read);
    }

    @Test
    void chineseAndEnglishTextIsExtractable() {
        assertThat(text)
                .contains("用户反馈分析报告", "2026年11月 · 客服一组 (Support team 1)")
                .contains("概览 Overview", "Ticket details 工单明细")
                .contains("工单总量", "1,234", "92.5%", "SLA 达成率")
                .contains("本月工单量较上月增长 12%", "Tickets grew 12% on last month.");
    }

    @Test
    void numbersInTablesAreFormattedInTheReportsLocale() {
        assertThat(text).contains("T20261100001", "无法登录账户 #1", "1,001", "1.51", "T20261100150", "1,150", "3.00");
    }

    @Test
    void aLongTableRunsOverSeveralPagesWithItsHeaderOnEach() throws IOException {
        int pages = read.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 2; page <= pages; page++) {
            assertThat(pageText(page)).contains("工单明细", "处理时长(小时)");
        }
    }

    @Test
    void everyPageShowsItsNumberAndTheTotal() throws IOException {
        int pages = read.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            assertThat(pageText(page)).contains(page + " / " + pages);
        }
    }

    @Test
    void theChartsLabelsAndLegendAreTextInTheReportFont() {
        assertThat(text).contains("各渠道工单量", "网页表单", "在线客服", "本月", "上月");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : read.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            // a subset's name starts with six capitals and a plus, "ABCDEF+NotoSans..."
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans.*");
        });
    }

    /**
     * Extracting text only reads the font's Unicode map; this checks what a reader sees: each character, in the text
     * and in the chart, is drawn with the glyph the font has for it. A CID-keyed OpenType font fails here (OpenPDF
     * writes glyph ids where such a font expects CIDs) while its text still extracts fine.
     */
    @Test
    void everyCharacterIsDrawnWithItsOwnGlyph() throws IOException {
        TrueTypeFont source;
        try (InputStream in = ReportFont.class.getResourceAsStream(ReportFont.RESOURCE)) {
            source = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        CmapLookup unicode = source.getUnicodeCmapLookup();
        List<TextPosition> drawn = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                drawn.add(text);
            }
        };
        collector.getText(read);
        assertThat(drawn).hasSizeGreaterThan(1000);
        Set<String> checked = new HashSet<>();
        for (TextPosition text : drawn) {
            int character = text.getUnicode().codePointAt(0);
            if (Character.isWhitespace(character) || !checked.add(text.getUnicode())) {
                continue;
            }
            PDVectorFont font = (PDVectorFont) text.getFont();
            int code = text.getCharacterCodes()[0];
            assertThat(font.getPath(code).getBounds2D())
                    .as("the glyph drawn for '%s'", text.getUnicode())
                    .isEqualTo(source.getGlyph()
                            .getGlyph(unicode.getGlyphId(character))
                            .getPath()
                            .getBounds2D());
        }
        source.close();
    }

    @Test
    void aReportOfAFewPagesStaysSmall() {
        // the whole font is 8 MB; a subset of a few hundred glyphs is tens of kilobytes
        assertThat(pdf.length).isLessThan(300_000);
    }

    @Test
    void theDocumentIsTitledAndInTheReportsLanguage() {
        assertThat(read.getDocumentInformation().getTitle()).isEqualTo("用户反馈分析报告");
        assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void everyKindOfChartIsDrawn() throws IOException {
        ReportDocument charts = new ReportDocument(
                "Charts",
                null,
                Locale.ENGLISH,
                List.of(
                        ReportFixture.channelChart(Chart.Kind.LINE),
                        ReportFixture.channelChart(Chart.Kind.STACKED_BAR),
                        ReportFixture.channelPie()));
        try (PDDocument document = Loader.loadPDF(write(charts))) {
            assertThat(new PDFTextStripper().getText(document)).contains("各渠道工单量", "渠道占比", "电话");
        }
    }

    /** One writer and the one cached font serve reports written at the same time, as in a busy server. */
    @Test
    void reportsWrittenAtOnceComeOutAlike() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                written.add(threads.submit(() -> write(ReportFixture.feedbackReport(TICKETS))));
            }
            for (Future<byte[]> one : written) {
                try (PDDocument document = Loader.loadPDF(one.get())) {
                    assertThat(new PDFTextStripper().getText(document)).isEqualTo(text);
                }
            }
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        ClosingProbe out = new ClosingProbe();
        new PdfReportWriter().write(new ReportDocument("Empty", null, Locale.ENGLISH, List.of()), out);
        assertThat(out.closed()).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes());
    }

    private static byte[] write(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(document, out);
        return out.toByteArray();
    }

    private static String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(read);
    }

    /** The fonts of a page and of the drawings on it: a chart is a form with resources of its own. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
