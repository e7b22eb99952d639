package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Objections in a real browser: an advisor records the municipality's refusal (first with a
 * dispatch date before the decision, which is refused at the field), sees the objection term
 * with its rule, uploads the decision letter (a copy with a citizen service number is flagged and
 * removed), starts an objection, is told which fact a step still needs, files a pro-forma
 * objection (the letter first lists the missing postal address, then is kept and read back), the grounds, plans and holds the hearing and records the decision on the objection,
 * after which the appeal term appears.
 */
@ExtendWith(SharedPortal.class)
class ObjectionJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String ANNA = "anna.visser@delinde.example";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @SharedPortal.Url
    URL base;

    private static String typed(LocalDate day) {
        return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }

    private static String shown(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(DUTCH).format(day);
    }

    /** A scan with a citizen service number is kept with a warning and removed again; a clean copy stays. */
    private static void uploadTheDecisionLetter(Browser anna) throws Exception {
        Path withBsn = Files.createTempFile("besluit-met-bsn", ".pdf");
        Files.write(withBsn, pdf("Besluit Wmo. Burgerservicenummer: 111222333"));
        anna.upload("document-upload", withBsn);
        anna.waitForText("documents-problem", "burgerservicenummer");
        anna.waitForText("documents", "Bevat mogelijk een BSN");
        anna.scrollAndClick(anna.idOfFirst("[id^='document-remove-']"));
        anna.confirm();
        anna.waitForText("documents", "Nog geen documenten");

        Path clean = Files.createTempFile("besluit", ".pdf");
        Files.write(clean, pdf("Besluit Wmo: huishoudelijke hulp afgewezen."));
        anna.upload("document-upload", clean);
        anna.waitForText("documents", "Besluit van de gemeente (versie 1)");
        assertThat(anna.text("documents")).doesNotContain("Bevat mogelijk een BSN");
    }

    private static byte[] pdf(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** The letter waits for the client's postal address, then is kept on the case and reads as a pro-forma objection. */
    private static void proFormaLetter(Browser anna, String caseId) throws Exception {
        anna.scrollAndClick("letter-create");
        anna.waitForText("letter-missing", "het postadres van de indiener");
        assertThat(anna.text("documents")).doesNotContain("Pro-forma bezwaarschrift");

        anna.open("casussen/" + caseId);
        anna.scrollAndClick("case-client");
        anna.waitForText("client-name", "Berend");
        anna.type("address", "Dorpsstraat 12");
        anna.type("postcode", "3701 AB");
        anna.type("city", "Zeist");
        anna.click("save");
        anna.waitForPageText("opgeslagen");
        anna.open("casussen/" + caseId + "/besluit");
        anna.scrollAndClick("letter-create");
        anna.waitForText("documents", "Pro-forma bezwaarschrift (versie 1)");

        HttpResponse<byte[]> letter = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(anna.href("document-open-pro-forma-objection-1")))
                        .header("Cookie", anna.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Berend", "Dorpsstraat 12", "3701 AB", "WMO/2026/4711", "Handtekening");
        }
    }

    @Test
    void anAdvisorRecordsTheDecisionAndFollowsTheObjectionToItsDecision() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate dispatched = today.minusDays(9);
        LocalDate objectionDue = new ObjectionDeadlines(HolidayCalendar.withDefaultDesignatedDays()).objection(dispatched).date();
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.logIn(ANNA, PASSWORD, null);
            anna.open("clienten/nieuw");
            anna.type("givenName", "Berend");
            anna.type("surname", "Bezwaar" + UUID.randomUUID().toString().substring(0, 6));
            anna.pick("municipality", "Zeist");
            anna.click("save");
            anna.waitForText("client-name", "Berend");
            anna.scrollAndClick("new-case");
            anna.typeAndEnter("notifiedOn", typed(today.minusDays(40)));
            anna.type("request", "Een traplift, want de trap lukt niet meer.");
            anna.choose("lifeDomains", "Woningaanpassing");
            anna.scrollAndClick("save");
            anna.waitForText("case-reference", "Casus");
            String caseId = anna.path().substring("/casussen/".length());

            anna.scrollAndClick("case-decision");
            anna.waitForPath("/casussen/" + caseId + "/besluit");
            anna.waitForText("objection-needs-decision", "verzenddatum");
            anna.typeAndEnter("decision-application-on", typed(today.minusDays(30)));
            anna.typeAndEnter("decision-decided-on", typed(dispatched));
            anna.typeAndEnter("decision-dispatched-on", typed(dispatched.minusDays(1)));
            anna.type("decision-reference", "WMO/2026/4711");
            anna.select("decision-outcome", "Afgewezen");
            anna.scrollAndClick("decision-save");
            anna.waitForText("decision-problem", "Niet alles is goed ingevuld");
            assertThat(anna.fieldError("decision-dispatched-on")).contains("vóór het besluit");
            assertThat(anna.value("decision-reference")).as("nothing typed is lost").isEqualTo("WMO/2026/4711");

            anna.typeAndEnter("decision-dispatched-on", typed(dispatched));
            anna.scrollAndClick("decision-save");
            anna.waitForGridText("deadlines", "A1");
            assertThat(anna.gridTexts("deadlines")).anyMatch(t -> t.startsWith(shown(objectionDue)))
                    .anyMatch(t -> t.startsWith("Awb 6:7, 6:8"));

            uploadTheDecisionLetter(anna);

            anna.scrollAndClick("objection-start");
            anna.waitForText("objection-state", "Bezwaar wordt overwogen");
            anna.scrollAndClick("objection-step-pro-forma-filed");
            anna.waitForText("objection-step-problem", "datum ontvangen door de gemeente");
            assertThat(anna.fieldError("objection-received-on")).isNotEmpty();

            anna.typeAndEnter("objection-received-on", typed(today));
            anna.scrollAndClick("objection-save");
            anna.scrollAndClick("objection-step-pro-forma-filed");
            anna.waitForText("objection-state", "Pro-forma bezwaar ingediend");
            proFormaLetter(anna, caseId);

            anna.typeAndEnter("objection-grounds-filed-on", typed(today));
            anna.scrollAndClick("objection-save");
            anna.scrollAndClick("objection-step-grounds-filed");
            anna.waitForText("objection-state", "Gronden ingediend");

            anna.typeDateTime("objection-hearing-at", typed(today.plusDays(21)), "10:00");
            anna.type("objection-hearing-place", "Stadhuis Zeist");
            anna.type("objection-hearing-attendees", "Berend, zijn dochter en Anna");
            anna.scrollAndClick("objection-save");
            anna.scrollAndClick("objection-step-hearing-planned");
            anna.waitForText("objection-state", "Hoorzitting gepland");
            anna.waitForGridText("deadlines", "A6");
            assertThat(anna.gridTexts("deadlines")).anyMatch(t -> t.startsWith(shown(today.plusDays(11))));

            anna.scrollAndClick("objection-step-hearing-held");
            anna.waitForText("objection-state", "Hoorzitting gehouden");
            anna.type("objection-hearing-note", "De gemeente erkent dat de trap niet veilig is.");
            anna.select("objection-outcome", "Gegrond");
            anna.typeAndEnter("objection-decision-dispatched-on", typed(today));
            anna.scrollAndClick("objection-save");
            anna.scrollAndClick("objection-step-decided");
            anna.waitForText("objection-state", "Beslissing op bezwaar");
            anna.waitForGridText("deadlines", "A9");
            anna.open("casussen/" + caseId + "/besluit");
            anna.scrollAndClick("objection-group-hearing");
            assertThat(anna.value("objection-hearing-note")).isEqualTo("De gemeente erkent dat de trap niet veilig is.");
        }
    }
}
