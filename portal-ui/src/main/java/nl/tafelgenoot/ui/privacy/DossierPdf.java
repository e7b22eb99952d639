package nl.tafelgenoot.ui.privacy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.ui.i18n.Translations;
import nl.tafelgenoot.ui.pdf.PageFooter;
import nl.tafelgenoot.ui.pdf.PdfFonts;

/**
 * Everything stored about a client as a readable Dutch PDF, for the client (GDPR art. 15): the
 * same large type as the portal's other PDFs, a heading per kind of data, every stored item with
 * its fields as "label: value", and "nothing recorded" where there is nothing, so the client sees
 * that the section was looked at. One instance per document.
 */
public final class DossierPdf {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final float ROOM_UNDER_HEADING = 110f;
    private final DossierTexts texts;
    private final PdfFonts fonts = new PdfFonts();
    private PdfWriter writer;

    public DossierPdf(I18NProvider texts) {
        this.texts = new DossierTexts(texts, Translations.DUTCH);
    }

    public byte[] write(ClientDossier dossier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 80);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(fonts, page -> texts.text("privacy.pdf.page", dossier.fullName(), page)));
        document.addTitle(texts.text("privacy.pdf.title") + " – " + dossier.fullName());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Translations.DUTCH.toLanguageTag()));
        document.open();
        document.add(paragraph(texts.text("privacy.pdf.title"), fonts.title, 0));
        document.add(paragraph(dossier.fullName(), fonts.name, 4));
        fact(document, texts.text("privacy.pdf.number"), String.valueOf(dossier.number()));
        fact(document, texts.text("privacy.pdf.madeAt"),
                DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(dossier.madeAt().atZone(AMSTERDAM)));
        document.add(paragraph(texts.text("privacy.pdf.intro"), fonts.body, 10));
        for (ClientDossier.Section section : dossier.sections()) {
            heading(document, texts.section(section.key()));
            if (section.items().isEmpty()) {
                document.add(paragraph(texts.text("privacy.pdf.none"), fonts.body, 0));
                continue;
            }
            if ("CaseDocument".equals(section.key())) {
                document.add(paragraph(texts.text("privacy.pdf.files"), fonts.body, 0));
            }
            int number = 0;
            for (ClientDossier.Item item : section.items()) {
                if (section.items().size() > 1) {
                    document.add(paragraph(texts.text("privacy.pdf.item", ++number), fonts.subheading, 10));
                }
                for (ClientDossier.Field field : item.fields()) {
                    fact(document, texts.field(field.name()), texts.value(field.name(), field.value()));
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void heading(Document document, String text) {
        if (writer.getVerticalPosition(true) - document.bottom() < ROOM_UNDER_HEADING) {
            document.newPage();
        }
        document.add(paragraph(text, fonts.heading, 18));
    }

    private void fact(Document document, String label, String value) {
        Paragraph fact = new Paragraph();
        fact.setLeading(fonts.body.getSize() * 1.45f);
        fact.setSpacingBefore(4);
        fact.add(new Chunk(label + ": ", fonts.label));
        fact.add(new Chunk(value, fonts.body));
        document.add(fact);
    }

    private static Paragraph paragraph(String value, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(value, font);
        paragraph.setLeading(font.getSize() * 1.45f);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
