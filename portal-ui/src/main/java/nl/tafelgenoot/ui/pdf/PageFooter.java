package nl.tafelgenoot.ui.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.IntFunction;

/**
 * Writes "page N of M" (in the document's language) at the foot of every page. The total is known only
 * at the end, so each page shows a shared template that is filled in when the document closes.
 */
public final class PageFooter extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final IntFunction<String> pageOf;
    private PdfTemplate total;

    /** {@code pageOf} gives the text before the total, e.g. "Pagina 2 van ". */
    public PageFooter(PdfFonts fonts, IntFunction<String> pageOf) {
        this.fonts = fonts;
        this.pageOf = pageOf;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(60, 20);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = pageOf.apply(writer.getPageNumber()) + " ";
        float size = fonts.footer.getSize();
        float x = document.left();
        float y = document.bottom() - 30;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(fonts.base, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(total, x + fonts.base.getWidthPoint(text, size), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.base, fonts.footer.getSize());
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
