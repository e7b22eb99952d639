package nl.tafelgenoot.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.letters.DecisionReference;
import nl.tafelgenoot.domain.letters.IncompleteLetterException;
import nl.tafelgenoot.domain.letters.LateDecision;
import nl.tafelgenoot.domain.letters.LetterContent;
import nl.tafelgenoot.domain.letters.Letterhead;
import nl.tafelgenoot.domain.letters.MissingItem;
import nl.tafelgenoot.domain.letters.Municipality;
import nl.tafelgenoot.domain.letters.Objector;
import nl.tafelgenoot.ui.i18n.Translations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Each letter read back with PDFBox: what Awb 6:5 demands (name and postal address of the
 * objector, the date, the decision with date and reference, the grounds or the statement that they
 * follow, a signature line), the letterhead and the addressee; the notice of default with the
 * application date, the passed term and the penalty; and a letter without an address refused with
 * the missing item named.
 */
class LetterPdfTest {

    private static final String NAME = "Johanna van Dijk-Öztürk";
    private static final Letterhead LINDE = new Letterhead("Seniorenvereniging De Linde, afdeling Zeist",
            List.of("Postbus 12", "3700 AA  Zeist"));
    private static final Objector JOHANNA = new Objector(NAME, "Dorpsstraat 12", "3701 AB", "Zeist");
    private static final Municipality ZEIST = new Municipality("Zeist", List.of("Postbus 513", "3700 AM  Zeist"));
    private static final DecisionReference DECISION = new DecisionReference(LocalDate.of(2026, 2, 12),
            LocalDate.of(2026, 2, 13), "WMO-2026-0815", "huishoudelijke hulp, 3 uur per week");
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    private static final String GROUND = "De gemeente heeft niet gekeken naar wat mijn dochter nog kan volhouden.";

    private final LetterPdf printer = new LetterPdf(new Translations());

    /** The text of the letter with its line breaks read as spaces, since wrapping may break any sentence. */
    private static String read(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("an ordinary letter fits on one page").isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R\\s*", " ");
        }
    }

    /** What every letter carries: letterhead, sender, addressee, date, signature line, the name under it. */
    private static void assertCommonParts(String text) {
        assertThat(text).contains("Seniorenvereniging De Linde, afdeling Zeist", "Postbus 12",
                NAME, "Dorpsstraat 12", "3701 AB  Zeist",
                "Het college van burgemeester en wethouders van Zeist", "Postbus 513",
                "Zeist, 3 maart 2026", "Geacht college,", "Met vriendelijke groet,", "Handtekening:",
                "pagina 1 van 1");
        assertThat(text).doesNotContain("!letters", "null");
        assertThat(text.lastIndexOf(NAME)).as("the name under the signature line").isGreaterThan(text.indexOf("Handtekening:"));
    }

    @Test
    void aProFormaObjectionDescribesTheDecisionAndSaysTheGroundsFollow() throws IOException {
        byte[] pdf = printer.write(LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION));
        Files.write(Path.of("target", "letter-pro-forma-sample.pdf"), pdf);
        String text = read(pdf);
        assertCommonParts(text);
        assertThat(text).contains("Betreft: Pro-forma bezwaarschrift tegen uw besluit van 12 februari 2026, kenmerk WMO-2026-0815",
                "Hierbij maak ik bezwaar tegen uw besluit van 12 februari 2026 met kenmerk WMO-2026-0815.",
                "verzonden op 13 februari 2026", "huishoudelijke hulp, 3 uur per week",
                "de gronden volgen nog", "termijn van ten minste vier weken", "6:6");
    }

    @Test
    void anObjectionListsItsGroundsAndAsksForAHearing() throws IOException {
        byte[] pdf = printer.write(LetterContent.objection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION,
                List.of(GROUND, "Drie uur per week is te weinig: ik kan niet meer stofzuigen of de bedden verschonen.")));
        Files.write(Path.of("target", "letter-objection-sample.pdf"), pdf);
        String text = read(pdf);
        assertCommonParts(text);
        assertThat(text).contains("Betreft: Bezwaarschrift tegen uw besluit van 12 februari 2026, kenmerk WMO-2026-0815",
                "12 februari 2026", "WMO-2026-0815", "gronden van mijn bezwaar", "1.", GROUND, "2.", "Drie uur per week",
                "hoorzitting");
        assertThat(text).doesNotContain("gronden volgen");
    }

    @Test
    void aNoticeOfDefaultNamesTheApplicationTheTermThatPassedAndThePenalty() throws IOException {
        LateDecision late = new LateDecision(LateDecision.Request.APPLICATION, LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 29), "huishoudelijke hulp", "WMO-2026-0042");
        byte[] pdf = printer.write(LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", late));
        Files.write(Path.of("target", "letter-notice-sample.pdf"), pdf);
        String text = read(pdf);
        assertCommonParts(text);
        assertThat(text).contains("Betreft: Ingebrekestelling wegens niet tijdig beslissen op mijn aanvraag van 15 januari 2026",
                "Uw kenmerk: WMO-2026-0042", "Op 15 januari 2026 heb ik bij u een aanvraag ingediend.",
                "Het gaat om: huishoudelijke hulp.", "uiterlijk op 29 januari 2026", "in gebreke", "binnen twee weken",
                "dwangsom", "4:17", "6:12");
    }

    @Test
    void aNoticeOfDefaultOnAnObjectionSaysSo() throws IOException {
        LateDecision late = new LateDecision(LateDecision.Request.OBJECTION, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 2, 16), null, null);
        String text = read(printer.write(LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, MARCH_3, null, late)));
        assertThat(text).contains("op mijn bezwaarschrift van 1 december 2025", "Op 1 december 2025 heb ik bij u bezwaar gemaakt.",
                "3 maart 2026").doesNotContain("Uw kenmerk", "Het gaat om", "Zeist, 3 maart");
    }

    @Test
    void aLetterWithoutTheObjectorsAddressIsRefusedAndSaysWhatIsMissing() {
        Objector noAddress = new Objector(NAME, null, null, null);
        LetterContent letter = LetterContent.proFormaObjection(LINDE, noAddress, ZEIST, MARCH_3, "Zeist", DECISION);
        assertThatThrownBy(() -> printer.write(letter))
                .isInstanceOfSatisfying(IncompleteLetterException.class, refused -> {
                    assertThat(refused.missing()).containsExactly(MissingItem.OBJECTOR_ADDRESS);
                    assertThat(refused.getMessage()).isEqualTo("De brief kan nog niet worden gemaakt. Dit ontbreekt nog: "
                            + "het postadres van de indiener (straat en huisnummer, postcode en woonplaats).");
                });
        assertThat(LetterPdf.describeMissing(new Translations(), Translations.ENGLISH, List.of(MissingItem.OBJECTOR_ADDRESS,
                MissingItem.GROUNDS))).isEqualTo("The letter cannot be made yet. Still missing: the objector's postal address "
                + "(street and number, postcode and place); at least one reason why the objector disagrees with the decision (the grounds).");
    }

    @Test
    void aLongObjectionRunsOnToANumberedSecondPageInLargeType() throws IOException {
        List<String> grounds = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            grounds.add("Grond " + i + ": in het verslag staat iets anders dan in het gesprek is gezegd over de hulp die ik nodig heb.");
        }
        byte[] pdf = printer.write(LetterContent.objection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION, grounds));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bezwaarschrift van " + NAME + " – pagina " + pages + " van " + pages, "Grond 12", "Handtekening:");
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper measuring = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                }
            };
            measuring.getText(document);
            assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(12f));
        }
    }

    @Test
    void theFileNameSaysWhatAndWhen() {
        assertThat(printer.fileName(LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION)))
                .isEqualTo("pro-forma-bezwaarschrift-2026-03-03.pdf");
    }

    @Test
    void theLetterheadsLogoIsPrintedAboveNameAndAddress() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        Letterhead withLogo = new Letterhead(LINDE.organisationName(), LINDE.addressLines(), png.toByteArray());
        byte[] pdf = printer.write(LetterContent.proFormaObjection(withLogo, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION));
        assertCommonParts(read(pdf));
        assertThat(images(pdf)).as("the logo is embedded").isEqualTo(1);
        byte[] without = printer.write(LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION));
        assertThat(images(without)).as("no logo, no image").isZero();
    }

    private static long images(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            return images;
        }
    }
}
