package io.loopdesk.reporting.export;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The look of a report: each block of the model as OpenPDF elements, all in the one report font. The font has a
 * regular weight only; OpenPDF thickens it for {@link Font#BOLD}, which is enough for headings and header rows and
 * spares a second 10 MB font.
 */
final class PdfElements {

    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    private static final Color SHADE = new Color(0xF3, 0xF4, 0xF6);

    /** Columns are as wide as their longest text, within these bounds, counting a Chinese character as two. */
    private static final int NARROWEST = 4;

    private static final int WIDEST = 30;

    private final Font title;
    private final Font subtitle;
    private final Font heading;
    private final Font body;
    private final Font tableTitle;
    private final Font tableHead;
    private final Font tableCell;
    private final Font figureValue;
    private final Font figureLabel;
    private final Locale locale;

    PdfElements(BaseFont font, Locale locale) {
        this.title = new Font(font, 20, Font.BOLD, INK);
        this.subtitle = new Font(font, 11, Font.NORMAL, MUTED);
        this.heading = new Font(font, 14, Font.BOLD, INK);
        this.body = new Font(font, 10, Font.NORMAL, INK);
        this.tableTitle = new Font(font, 10.5f, Font.BOLD, INK);
        this.tableHead = new Font(font, 9, Font.BOLD, INK);
        this.tableCell = new Font(font, 9, Font.NORMAL, INK);
        this.figureValue = new Font(font, 18, Font.NORMAL, INK);
        this.figureLabel = new Font(font, 8.5f, Font.NORMAL, MUTED);
        this.locale = locale;
    }

    /** The head of the first page: the title, the subtitle if any, and a rule under them. */
    PdfPTable header(String text, @Nullable String sub) {
        // paragraphs added to the cell (not a phrase given to it) keep their own leading and spacing
        PdfPCell cell = new PdfPCell();
        cell.addElement(new org.openpdf.text.Paragraph(26, text, title));
        if (sub != null && !sub.isBlank()) {
            org.openpdf.text.Paragraph second = new org.openpdf.text.Paragraph(16, sub, subtitle);
            second.setSpacingBefore(4);
            cell.addElement(second);
        }
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidthBottom(0.75f);
        cell.setPadding(0);
        cell.setPaddingBottom(10);
        PdfPTable header = new PdfPTable(1);
        header.setWidthPercentage(100);
        header.setSpacingAfter(2);
        header.addCell(cell);
        return header;
    }

    org.openpdf.text.Paragraph heading(Heading block) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(block.text(), heading);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    org.openpdf.text.Paragraph paragraph(Paragraph block) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(15, block.text(), body);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** Up to four figures side by side, as shaded tiles; more wrap onto further rows. */
    PdfPTable figures(Figures block) {
        List<Figures.Figure> figures = block.figures();
        PdfPTable row = new PdfPTable(Math.min(figures.size(), 4));
        row.setWidthPercentage(100);
        row.setSpacingBefore(6);
        row.setSpacingAfter(10);
        for (Figures.Figure figure : figures) {
            Phrase text = new Phrase(figure.value() + "\n", figureValue);
            text.add(new Chunk(figure.label(), figureLabel));
            PdfPCell tile = new PdfPCell(text);
            tile.setBorder(Rectangle.BOX);
            tile.setBorderColor(Color.WHITE);
            tile.setBorderWidth(3);
            tile.setBackgroundColor(SHADE);
            tile.setPadding(8);
            tile.setLeading(0, 1.3f);
            row.addCell(tile);
        }
        row.completeRow();
        return row;
    }

    /**
     * The table with its title and header as header rows, which OpenPDF repeats at the top of every page the table
     * runs onto, so a reader of page 3 still knows what the columns are.
     */
    PdfPTable table(Table block) {
        List<Table.Column> columns = block.columns();
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setWidths(relativeWidths(block));
        table.setSpacingBefore(8);
        table.setSpacingAfter(10);
        PdfPCell caption = cell(block.title(), tableTitle, Element.ALIGN_LEFT);
        caption.setColspan(columns.size());
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingBottom(6);
        table.addCell(caption);
        for (Table.Column column : columns) {
            PdfPCell head = cell(column.header(), tableHead, alignment(column.align()));
            head.setBackgroundColor(SHADE);
            table.addCell(head);
        }
        table.setHeaderRows(2);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        for (List<@Nullable Object> row : block.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                table.addCell(cell(
                        text(row.get(i), numbers),
                        tableCell,
                        alignment(columns.get(i).align())));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidthBottom(0.5f);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A number in the report's locale: grouped, with a decimal's own scale, other fractions to two places. */
    static String text(@Nullable Object cell, NumberFormat numbers) {
        return switch (cell) {
            case null -> "";
            case BigDecimal decimal -> {
                int scale = Math.max(0, decimal.scale());
                numbers.setMinimumFractionDigits(scale);
                numbers.setMaximumFractionDigits(scale);
                yield numbers.format(decimal);
            }
            case Number number -> {
                numbers.setMinimumFractionDigits(0);
                numbers.setMaximumFractionDigits(2);
                yield numbers.format(number);
            }
            default -> cell.toString();
        };
    }

    private float[] relativeWidths(Table block) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        int[] widest = ColumnWidths.of(block, cell -> text(cell, numbers));
        float[] widths = new float[widest.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.clamp(widest[i], NARROWEST, WIDEST);
        }
        return widths;
    }

    private static int alignment(Table.Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }
}
