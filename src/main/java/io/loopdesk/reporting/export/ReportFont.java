package io.loopdesk.reporting.export;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The one typeface of every report, Noto Sans SC Regular (SIL OFL 1.1, see {@code fonts/LICENSE-NotoSansSC.txt}): it
 * covers Chinese, Latin and digits, so text in either language renders everywhere, in charts too.
 *
 * <p>It is the TrueType build on purpose. OpenPDF writes glyph ids as the character codes of an embedded font; the
 * OpenType/CFF builds of Noto's Chinese fonts (NotoSansHans-Regular.otf and the like) are CID-keyed with CIDs that
 * differ from their glyph ids, so a PDF made with them shows the Latin letters but blanks or wrong glyphs for Chinese.
 *
 * <p>The font file is 10 MB, so it is read once per JVM, on first use, and both forms are kept: OpenPDF's for text and
 * Java 2D's for laying out charts. Each PDF embeds only the glyphs it uses (OpenPDF subsets fonts embedded as
 * Identity-H), which keeps a report of a few pages under 100 KB.
 */
final class ReportFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private final BaseFont pdf;
    private final java.awt.Font awt;

    private ReportFont(BaseFont pdf, java.awt.Font awt) {
        this.pdf = pdf;
        this.awt = awt;
    }

    /** The font, loaded on the first call; the JVM's class initialisation makes that happen once across threads. */
    static ReportFont get() {
        return Loaded.FONT;
    }

    BaseFont pdf() {
        return pdf;
    }

    /** The Java 2D font at the given size, for JFreeChart's layout. */
    java.awt.Font awt(int style, float size) {
        return awt.deriveFont(style, size);
    }

    /**
     * Maps every font a chart asks for to this one: JFreeChart measures text with the Java 2D form and OpenPDF writes
     * it with the PDF form, so the two must be the same typeface or labels would overlap or leave gaps.
     */
    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return pdf;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return awt.deriveFont((float) size);
            }
        };
    }

    private static final class Loaded {
        static final ReportFont FONT = load();
    }

    private static ReportFont load() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + RESOURCE + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            // not OpenPDF's own cache (cached = false): this class is the cache, and its key would be a made-up path
            BaseFont pdf = BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            java.awt.Font awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new ReportFont(pdf, awt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The report font " + RESOURCE + " is not a font Java 2D can read", e);
        }
    }
}
