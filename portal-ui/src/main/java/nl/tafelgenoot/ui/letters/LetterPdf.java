package nl.tafelgenoot.ui.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.vaadin.flow.i18n.I18NProvider;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.letters.DecisionReference;
import nl.tafelgenoot.domain.letters.IncompleteLetterException;
import nl.tafelgenoot.domain.letters.LateDecision;
import nl.tafelgenoot.domain.letters.LetterCheck;
import nl.tafelgenoot.domain.letters.LetterContent;
import nl.tafelgenoot.domain.letters.MissingItem;
import nl.tafelgenoot.domain.letters.Municipality;
import nl.tafelgenoot.domain.letters.Objector;
import nl.tafelgenoot.ui.i18n.Translations;
import nl.tafelgenoot.ui.pdf.PageFooter;
import nl.tafelgenoot.ui.pdf.PdfFonts;

/**
 * Lays out a letter (pro-forma objection, objection, notice of default) as a PDF ready to sign: the
 * organisation's letterhead, the objector's name and address, the college of the municipality as
 * addressee, place and date, a subject line with the decision's date and reference, the body, and a
 * signature line with the objector's name. Every fixed sentence comes from the {@code letters}
 * bundle and is always in Dutch, whatever the advisor's screen language, because the letter goes
 * to a Dutch municipality. A letter that lacks anything {@link LetterCheck} requires is refused
 * with {@link IncompleteLetterException} before a page is drawn: no placeholders ever go out.
 * One instance may write many letters; it keeps no state between them.
 */
public final class LetterPdf {

    /** The letter's language: always Dutch. */
    public static final Locale LANGUAGE = Translations.DUTCH;
    private static final float LINE = 1.4f;
    private static final Color RULE_COLOUR = new Color(0x1a, 0x3d, 0x6d);
    /** Room to sign by hand: a line of underscores, which prints and copies alike. */
    private static final String SIGNATURE_LINE = "_".repeat(34);

    /** Closing, signature line and name need this much room together, or they start a new page. */
    private static final float ROOM_FOR_SIGNATURE = 120f;

    /**
     * Lines break at spaces only: OpenPDF would also break after a hyphen, splitting a reference
     * such as "WMO-2026-0815" or a name such as "Dijk-Öztürk" over two lines.
     */
    private static final SplitCharacter AT_SPACES_ONLY = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, com.lowagie.text.pdf.PdfChunk[] ck) {
            return getCurrentCharacter(current, cc, ck) <= ' ';
        }
    };

    private final I18NProvider texts;
    private final PdfFonts fonts = new PdfFonts();
    /** A letter in 12 pt (the portal's smallest size) so that an ordinary one fits on one page. */
    private final Font body = new Font(fonts.base, PdfFonts.SMALL, Font.NORMAL);
    private final Font label = new Font(fonts.label.getBaseFont(), PdfFonts.SMALL, Font.NORMAL);

    public LetterPdf(I18NProvider texts) {
        this.texts = texts;
    }

    /**
     * The letter as PDF bytes.
     *
     * @throws IncompleteLetterException when {@link LetterCheck#missing} names anything; its message
     *                                   lists the missing items in Dutch, its {@code missing()} the items
     */
    public byte[] write(LetterContent letter) {
        java.util.List<MissingItem> missing = LetterCheck.missing(letter);
        if (!missing.isEmpty()) {
            throw new IncompleteLetterException(missing, describeMissing(texts, LANGUAGE, missing));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 56, 80);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String title = text("letters.kind." + letter.kind());
        String objectorName = letter.objector().name().strip();
        writer.setPageEvent(new PageFooter(fonts, page -> text("letters.page", title, objectorName, page)));
        document.addTitle(title + " – " + objectorName);
        document.addAuthor(objectorName);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE.toLanguageTag()));
        document.open();

        letterhead(document, letter);
        lines(document, 14, objectorName, letter.objector().streetAndNumber().strip(), postalLine(letter.objector()));
        addressee(document, letter.municipality());
        document.add(paragraph(placeAndDate(letter), body, 16));
        subject(document, letter);
        document.add(paragraph(text("letters.salutation"), body, 16));
        switch (letter.kind()) {
            case PRO_FORMA_OBJECTION -> proForma(document, letter);
            case OBJECTION -> objection(document, letter);
            case NOTICE_OF_DEFAULT -> notice(document, letter.lateDecision());
        }
        signature(document, writer, objectorName);
        document.close();
        return out.toByteArray();
    }

    /**
     * "De brief kan nog niet worden gemaakt. Dit ontbreekt nog: …", in the given language, for a
     * screen that lists what to fill in before the letter can be made.
     */
    public static String describeMissing(I18NProvider texts, Locale locale, java.util.List<MissingItem> missing) {
        String items = missing.stream().map(item -> texts.getTranslation("letters.missing." + item, locale))
                .collect(Collectors.joining("; "));
        return texts.getTranslation("letters.missing.intro", locale, items);
    }

    /** A file name for the download, such as "bezwaarschrift-2026-03-03.pdf". */
    public String fileName(LetterContent letter) {
        LocalDate date = letter.letterDate();
        return text("letters.file." + letter.kind()) + (date == null ? "" : "-" + date) + ".pdf";
    }

    private void letterhead(Document document, LetterContent letter) {
        byte[] logo = letter.letterhead().logo();
        if (logo != null) {
            try {
                com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(logo);
                image.scaleToFit(180, 60);
                image.setAlt(letter.letterhead().organisationName().strip());
                image.setSpacingAfter(6);
                document.add(image);
            } catch (java.io.IOException | RuntimeException unreadable) {
                // Checked when stored; should it still not print, the letter goes out without it.
            }
        }
        document.add(paragraph(letter.letterhead().organisationName().strip(), fonts.name, 0));
        for (String line : letter.letterhead().addressLines()) {
            if (!line.isBlank()) {
                document.add(paragraph(line.strip(), fonts.footer, 0));
            }
        }
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(1f, 100f, RULE_COLOUR, Element.ALIGN_CENTER, -4f)));
        rule.setSpacingAfter(6);
        document.add(rule);
    }

    private void addressee(Document document, Municipality municipality) {
        document.add(paragraph(text("letters.addressee", municipality.name().strip()), body, 14));
        for (String line : municipality.addressLines()) {
            if (!line.isBlank()) {
                document.add(paragraph(line.strip(), body, 0));
            }
        }
    }

    private String placeAndDate(LetterContent letter) {
        String date = date(letter.letterDate());
        String place = letter.letterPlace();
        return place == null || place.isBlank() ? date : text("letters.placeAndDate", place.strip(), date);
    }

    private void subject(Document document, LetterContent letter) {
        String subject;
        String reference;
        if (letter.kind().objectsToDecision()) {
            DecisionReference decision = letter.decision();
            subject = text("letters.subject.objection", text("letters.kind." + letter.kind()),
                    date(decision.decisionDate()), decision.reference().strip());
            reference = null;
        } else {
            LateDecision late = letter.lateDecision();
            subject = text("letters.subject.notice", text("letters.request." + late.request()), date(late.submittedOn()));
            reference = late.reference();
        }
        Paragraph line = new Paragraph();
        line.setLeading(body.getSize() * LINE);
        line.setSpacingBefore(14);
        line.add(chunk(text("letters.subject.label") + " ", label));
        line.add(chunk(subject, body));
        document.add(line);
        if (reference != null && !reference.isBlank()) {
            document.add(paragraph(text("letters.reference", reference.strip()), body, 0));
        }
    }

    private void decision(Document document, LetterContent letter) {
        DecisionReference decision = letter.decision();
        StringBuilder text = new StringBuilder(text("letters.objection.decision", date(decision.decisionDate()),
                decision.reference().strip()));
        if (decision.dispatchDate() != null) {
            text.append(' ').append(text("letters.objection.dispatched", date(decision.dispatchDate())));
        }
        if (decision.subject() != null && !decision.subject().isBlank()) {
            text.append(' ').append(text("letters.objection.about", decision.subject().strip()));
        }
        document.add(paragraph(text.toString(), body, 10));
    }

    private void proForma(Document document, LetterContent letter) {
        decision(document, letter);
        if (!letter.filledGrounds().isEmpty()) {
            document.add(paragraph(text("letters.proForma.firstGrounds"), body, 10));
            grounds(document, letter);
        }
        document.add(paragraph(text("letters.proForma.statement"), body, 10));
    }

    private void objection(Document document, LetterContent letter) {
        decision(document, letter);
        document.add(paragraph(text("letters.objection.groundsIntro"), body, 10));
        grounds(document, letter);
        document.add(paragraph(text("letters.objection.request"), body, 10));
        document.add(paragraph(text("letters.objection.hearing"), body, 10));
    }

    private void grounds(Document document, LetterContent letter) {
        List list = new List(List.ORDERED, 22);
        list.setIndentationLeft(4);
        for (String ground : letter.filledGrounds()) {
            ListItem item = new ListItem(body.getSize() * LINE, chunk(ground, body));
            item.setSpacingBefore(4);
            list.add(item);
        }
        document.add(list);
    }

    private void notice(Document document, LateDecision late) {
        StringBuilder text = new StringBuilder(text("letters.notice.submitted." + late.request(), date(late.submittedOn())));
        if (late.subject() != null && !late.subject().isBlank()) {
            text.append(' ').append(text("letters.notice.about", late.subject().strip()));
        }
        document.add(paragraph(text.toString(), body, 10));
        document.add(paragraph(text("letters.notice.passed", date(late.deadlinePassed())), body, 10));
        document.add(paragraph(text("letters.notice.default"), body, 10));
        document.add(paragraph(text("letters.notice.penalty"), body, 10));
    }

    private void signature(Document document, PdfWriter writer, String objectorName) {
        if (writer.getVerticalPosition(true) - document.bottom() < ROOM_FOR_SIGNATURE) {
            document.newPage();
        }
        document.add(paragraph(text("letters.closing"), body, 14));
        Paragraph sign = new Paragraph();
        sign.setLeading(body.getSize() * LINE);
        sign.setSpacingBefore(36);
        sign.add(chunk(text("letters.signature") + " ", label));
        sign.add(chunk(SIGNATURE_LINE, body));
        document.add(sign);
        document.add(paragraph(objectorName, body, 4));
    }

    private void lines(Document document, float spacingBefore, String... lines) {
        boolean first = true;
        for (String line : lines) {
            document.add(paragraph(line, body, first ? spacingBefore : 0));
            first = false;
        }
    }

    private static String postalLine(Objector objector) {
        // Dutch postal style: postcode, two spaces, place ("3701 AB  Zeist").
        return objector.postcode().strip() + "  " + objector.place().strip();
    }

    private static Chunk chunk(String value, Font font) {
        Chunk chunk = new Chunk(value, font);
        chunk.setSplitCharacter(AT_SPACES_ONLY);
        return chunk;
    }

    private static Paragraph paragraph(String value, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(chunk(value, font));
        paragraph.setLeading(font.getSize() * LINE);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("letters.datePattern"), LANGUAGE).format(date);
    }

    private String text(String key, Object... params) {
        return texts.getTranslation(key, LANGUAGE, params);
    }
}
