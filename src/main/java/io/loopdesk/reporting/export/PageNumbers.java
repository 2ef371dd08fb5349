package io.loopdesk.reporting.export;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes "n / m" at the foot of every page. The total is not known until the last page is done, so each page refers
 * to one shared placeholder that is filled in when the document closes.
 */
final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 8f;
    private static final Color GREY = new Color(0x80, 0x80, 0x80);

    private final BaseFont font;
    private PdfTemplate total;

    PageNumbers(BaseFont font) {
        this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        // wide enough for "9999"; the placeholder is only as wide as the number it is given
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("9999", SIZE), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String current = writer.getPageNumber() + " / ";
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() / 2;
        // "n / " and the total placeholder together are centred as if the total had as many digits as n
        float width = font.getWidthPoint(current + writer.getPageNumber(), SIZE);
        float x = (page.getWidth() - width) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setColorFill(GREY);
        canvas.setTextMatrix(x, y);
        canvas.showText(current);
        canvas.endText();
        canvas.addTemplate(total, x + font.getWidthPoint(current, SIZE), y);
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // onCloseDocument runs after the last page was ended, when the writer already counts one more
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
