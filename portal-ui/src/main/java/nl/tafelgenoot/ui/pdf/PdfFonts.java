package nl.tafelgenoot.ui.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The type of the portal's PDFs (the personal plan, the letters): large (body 13 pt, nothing under
 * 12 pt) for elderly readers, who read and sign what the portal prints.
 * Everything typed about the client is set in Liberation Sans embedded with Unicode encoding, so
 * names like "Dijk-Öztürk" or "Şahin" print as written (the font ships inside OpenPDF; should it
 * ever be missing, Helvetica with Cp1252 still covers the Western European accents). Headings and
 * labels, which come from our own Dutch texts, are in Helvetica Bold: a real bold face reads
 * better than a simulated one and keeps the text extractable for screen readers.
 */
public final class PdfFonts {

    public static final float BODY = 13f;
    public static final float SMALL = 12f;
    private static final String EMBEDDED = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color HEADING_COLOUR = new Color(0x1a, 0x3d, 0x6d);

    public final BaseFont base;
    public final Font title;
    public final Font name;
    public final Font heading;
    public final Font subheading;
    public final Font label;
    public final Font body;
    public final Font footer;

    public PdfFonts() {
        this.base = baseFont();
        BaseFont bold = helveticaBold();
        this.title = new Font(bold, 24f, Font.NORMAL, HEADING_COLOUR);
        this.name = new Font(base, 16f, Font.NORMAL);
        this.heading = new Font(bold, 18f, Font.NORMAL, HEADING_COLOUR);
        this.subheading = new Font(bold, 15f, Font.NORMAL);
        this.label = new Font(bold, BODY, Font.NORMAL);
        this.body = new Font(base, BODY, Font.NORMAL);
        this.footer = new Font(base, SMALL, Font.NORMAL);
    }

    private static BaseFont helveticaBold() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont baseFont() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
