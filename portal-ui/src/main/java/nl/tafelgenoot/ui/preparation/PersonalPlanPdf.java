package nl.tafelgenoot.ui.preparation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelgenoot.domain.organisations.LetterheadSettings;
import nl.tafelgenoot.domain.preparation.PersonalPlan;
import nl.tafelgenoot.ui.i18n.Translations;
import nl.tafelgenoot.ui.pdf.PageFooter;
import nl.tafelgenoot.ui.pdf.PdfFonts;

/**
 * Lays out the personal plan as a PDF in Dutch, for the client to hand over at the interview and
 * to read at home: large type, a heading per section, only the sections that were filled in,
 * dates written out ("3 maart 2026"), the plan's date, and the page number on every page. Every
 * text comes from the {@code preparation} bundle (and the shared enum texts). One instance per
 * document.
 */
public final class PersonalPlanPdf {

    private static final Locale LANGUAGE = Translations.DUTCH;
    private final I18NProvider texts;
    /** A heading needs at least this much room under it on its page, or it moves to the next page. */
    private static final float ROOM_UNDER_HEADING = 110f;
    private final PdfFonts fonts = new PdfFonts();
    private PdfWriter writer;

    public PersonalPlanPdf(I18NProvider texts) {
        this.texts = texts;
    }

    public byte[] write(PersonalPlan plan) {
        return write(plan, LetterheadSettings.empty());
    }

    /** The plan under the organisation's letterhead: logo, name as printed and postal address, when set. */
    public byte[] write(PersonalPlan plan, LetterheadSettings letterhead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 80);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(fonts, page -> text("preparation.pdf.page", plan.clientName(), page)));
        document.addTitle(text("preparation.pdf.title") + " – " + plan.clientName());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE.toLanguageTag()));
        document.open();
        letterhead(document, letterhead);
        document.add(paragraph(text("preparation.pdf.title"), fonts.title, 0));
        document.add(paragraph(plan.clientName(), fonts.name, 4));
        fact(document, "preparation.pdf.municipality", plan.municipality());
        fact(document, "preparation.pdf.reference", plan.caseReference());
        fact(document, "preparation.pdf.date", date(plan.madeOn()));
        section(document, "preparation.pdf.request", plan.request());
        if (!plan.domains().isEmpty()) {
            heading(document, "preparation.pdf.domains");
            for (PersonalPlan.DomainPart part : plan.domains()) {
                document.add(paragraph(text("lifeDomain." + part.domain()), fonts.subheading, 10));
                fact(document, "preparation.goesWell", part.goesWell());
                fact(document, "preparation.stuck", part.stuck());
                fact(document, "preparation.tried", part.tried());
                String often = part.frequency() == null ? null : text("helpFrequency." + part.frequency());
                fact(document, "preparation.frequency", join(often, part.frequencyNote()));
            }
        }
        if (!plan.network().isEmpty()) {
            heading(document, "preparation.pdf.network");
            for (PersonalPlan.Helper helper : plan.network()) {
                String who = helper.name() + " (" + text("network.relation." + helper.relation())
                        + (helper.informalCarer() ? ", " + text("preparation.pdf.informalCarer") : "") + ")";
                document.add(paragraph(who, fonts.name, 10));
                fact(document, "preparation.pdf.helps", join(helper.help(), helper.howOften()));
                fact(document, "preparation.pdf.canContinue",
                        helper.canContinue() == null ? null : text("network.canContinue." + helper.canContinue()));
            }
            document.add(paragraph(text("preparation.pdf.voluntary"), fonts.body, 8));
        }
        section(document, "preparation.pdf.privateMeans", plan.privateMeans());
        section(document, "preparation.pdf.generalProvisions", plan.generalProvisions());
        section(document, "preparation.pdf.wishes", plan.wishes());
        if (!plan.diary().isEmpty()) {
            heading(document, "preparation.pdf.diary");
            for (PersonalPlan.DiaryDay day : plan.diary()) {
                document.add(paragraph(weekday(day.date()), fonts.label, 8));
                document.add(paragraph(day.whatDidNotWork(), fonts.body, 0));
            }
        }
        if (!plan.answers().isEmpty()) {
            heading(document, "preparation.pdf.answers");
            for (PersonalPlan.Answer answer : plan.answers()) {
                document.add(paragraph(text("interviewQuestion." + answer.question()), fonts.label, 8));
                document.add(paragraph(answer.answer(), fonts.body, 0));
            }
        }
        if (!plan.toBring().isEmpty()) {
            heading(document, "preparation.pdf.toBring");
            List list = new List(List.UNORDERED, 16);
            list.setListSymbol(new Chunk("•  ", fonts.body));
            plan.toBring().forEach(item -> list.add(new ListItem(text("checklistItem." + item), fonts.body)));
            document.add(list);
        }
        document.close();
        return out.toByteArray();
    }

    private void heading(Document document, String key) {
        if (writer.getVerticalPosition(true) - document.bottom() < ROOM_UNDER_HEADING) {
            document.newPage();
        }
        document.add(paragraph(text(key), fonts.heading, 18));
    }

    /** A heading with one text under it; left out when nothing was filled in. */
    private void section(Document document, String key, String value) {
        if (value != null && !value.isBlank()) {
            heading(document, key);
            document.add(paragraph(value, fonts.body, 0));
        }
    }

    /** "Label: value" on its own paragraph; left out when nothing was filled in. */
    private void fact(Document document, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph fact = new Paragraph();
        fact.setLeading(fonts.body.getSize() * 1.45f);
        fact.setSpacingBefore(4);
        fact.add(new Chunk(text(key) + ": ", fonts.label));
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

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + " – " + second;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("preparation.datePattern"), LANGUAGE).format(date);
    }

    private String weekday(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("preparation.dayPattern"), LANGUAGE).format(date);
    }

    private String text(String key, Object... params) {
        return texts.getTranslation(key, LANGUAGE, params);
    }

    private void letterhead(Document document, LetterheadSettings letterhead) {
        if (letterhead.logo() != null) {
            try {
                com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(letterhead.logo());
                image.scaleToFit(180, 60);
                image.setSpacingAfter(4);
                document.add(image);
            } catch (java.io.IOException | RuntimeException unreadable) {
                // Checked when stored; should it still not print, the plan goes out without it.
            }
        }
        if (letterhead.printedName() != null && !letterhead.printedName().isBlank()) {
            document.add(paragraph(letterhead.printedName().strip(), fonts.name, 0));
        }
        for (String line : letterhead.addressLines()) {
            document.add(paragraph(line, fonts.footer, 0));
        }
    }
}
