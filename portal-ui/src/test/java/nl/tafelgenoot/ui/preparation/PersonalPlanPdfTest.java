package nl.tafelgenoot.ui.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.network.Continuity;
import nl.tafelgenoot.domain.network.Relation;
import nl.tafelgenoot.domain.preparation.ChecklistItem;
import nl.tafelgenoot.domain.preparation.HelpFrequency;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.preparation.PersonalPlan;
import nl.tafelgenoot.ui.i18n.Translations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The personal plan PDF, read back with PDFBox: the client's name with its accents, the stuck life
 * domain, Dutch dates, page numbers, large type, and no heading of a section that was left empty.
 */
class PersonalPlanPdfTest {

    private static final String NAME = "Johanna van Dijk-Öztürk";
    private static final String STUCK = "Cliënt kan niet meer zelf stofzuigen; de trap is te steil.";

    static PersonalPlan plan(List<PersonalPlan.DiaryDay> diary) {
        return new PersonalPlan(NAME, "2026-0042", "Zeist", "Ik kom de trap niet meer op en wil thuis blijven wonen.",
                LocalDate.of(2026, 3, 3),
                List.of(new PersonalPlan.DomainPart(LifeDomain.HOUSEHOLD, null, STUCK, "Dochter helpt op zaterdag",
                        HelpFrequency.WEEKLY, "vooral stofzuigen")),
                null, "Ik kan een glazenwasser betalen.", null,
                List.of(new PersonalPlan.Helper("Marieke van Dijk", Relation.CHILD, true, "Doet de boodschappen",
                        "twee keer per week", Continuity.UNSURE)),
                diary, List.of(ChecklistItem.IDENTITY_DOCUMENT),
                List.of(new PersonalPlan.Answer(InterviewQuestion.WHAT_TO_REACH, "Zelfstandig blijven wonen")));
    }

    private static byte[] pdf(PersonalPlan plan) {
        return new PersonalPlanPdf(new Translations()).write(plan);
    }

    private static String reading(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void containsTheNameTheStuckDomainAndOnlyTheFilledInSectionsInDutch() throws IOException {
        byte[] pdf = pdf(plan(List.of(new PersonalPlan.DiaryDay(LocalDate.of(2026, 3, 2), "Kon niet douchen"))));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "personal-plan-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = reading(document);
            assertThat(text).contains("Persoonlijk plan", NAME, "Zeist", "2026-0042", "3 maart 2026",
                    "Ik kom de trap niet meer op", "Huishouden", "Waar het vastloopt", STUCK, "Eén keer per week",
                    "Marieke van Dijk", "Kind", "mantelzorger", "Weet niet", "Wat ik zelf kan regelen of betalen",
                    "maandag 2 maart 2026", "Kon niet douchen", "Wat wilt u bereiken?", "Identiteitsbewijs",
                    "pagina 1 van " + document.getNumberOfPages());
            assertThat(text).doesNotContain("Mijn wensen", "Algemene voorzieningen", "Wat nog goed gaat", "!");
        }
    }

    @Test
    void usesLargeTypeAndNumbersEveryPageOfALongPlan() throws IOException {
        List<PersonalPlan.DiaryDay> longDiary = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            longDiary.add(new PersonalPlan.DiaryDay(LocalDate.of(2026, 2, 1).plusDays(day),
                    "Het lukte niet om de boodschappen te doen en het eten te koken, dag " + day));
        }
        try (PDDocument document = Loader.loadPDF(pdf(plan(longDiary)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = reading(document);
            assertThat(text).contains("pagina 1 van " + pages, "pagina " + pages + " van " + pages);

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
    void theOrganisationsLetterheadWithLogoStandsAtTheTop() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        var letterhead = new nl.tafelgenoot.domain.organisations.LetterheadSettings("Seniorenvereniging De Linde",
                "Postbus 12\n3700 AA  Zeist", jpeg.toByteArray(), List.of("Zeist"));
        byte[] pdf = new PersonalPlanPdf(new Translations()).write(plan(List.of()), letterhead);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = reading(document);
            assertThat(text).contains("Seniorenvereniging De Linde", "Postbus 12", "3700 AA  Zeist");
            assertThat(text.indexOf("Seniorenvereniging De Linde")).isLessThan(text.indexOf("Persoonlijk plan"));
            var resources = document.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the logo is embedded").isEqualTo(1);
        }
    }
}
