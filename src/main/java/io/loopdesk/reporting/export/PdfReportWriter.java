package io.loopdesk.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link ReportDocument} as an A4 PDF: the title at the head of the first page, then the blocks in order,
 * with "n / m" at the foot of each page. Text and charts are in one embedded font that covers Chinese and Latin,
 * subset to the glyphs used, so the file opens alike on any machine and a few pages stay well under 100 KB. Charts
 * are vector drawings.
 *
 * <p>Stateless and thread-safe: one instance serves every report.
 */
public final class PdfReportWriter {

    private static final float MARGIN = 50;
    private static final float CHART_HEIGHT = 260;

    /**
     * Writes the document to {@code out}, which is flushed but left open for the caller to close.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public void write(ReportDocument report, OutputStream out) throws IOException {
        ReportFont font = ReportFont.get();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 6);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // a chart that does not fit the rest of a page must not let the text after it move up before it
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new PageNumbers(font.pdf()));
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(report.locale().toLanguageTag()));
            document.addTitle(report.title());
            if (report.subtitle() != null) {
                document.addSubject(report.subtitle());
            }
            document.addCreator("Loopdesk");
            document.open();
            PdfElements elements = new PdfElements(font.pdf(), report.locale());
            document.add(elements.header(report.title(), report.subtitle()));
            for (Block block : report.blocks()) {
                document.add(
                        switch (block) {
                            case Heading heading -> elements.heading(heading);
                            case Paragraph paragraph -> elements.paragraph(paragraph);
                            case Figures figures -> elements.figures(figures);
                            case Table table -> elements.table(table);
                            case Chart chart -> chart(chart, report, writer, document);
                        });
            }
            document.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException in this unchecked one; give the caller the original back
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        out.flush();
    }

    private static Element chart(Chart chart, ReportDocument report, PdfWriter writer, Document document) {
        float width = document.right() - document.left();
        Image image = ChartDrawing.draw(chart, report.locale(), writer.getDirectContent(), width, CHART_HEIGHT);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(6);
        image.setSpacingAfter(10);
        return image;
    }
}
