package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The preparation kit in a real browser: Anna opens Johanna van Dijk's case and from there its
 * preparation, records the client's consent when the kit is still locked, writes where personal
 * care gets stuck, is told next to the field that a citizen service number may not be recorded
 * (keeping what she typed), saves, finds it again after a reload, and downloads the personal plan,
 * which PDFBox reads back.
 */
@ExtendWith(SharedPortal.class)
class PreparationJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdvisorPreparesTheInterviewAndDownloadsThePersonalPlan() throws Exception {
        String caseId = johannasDemoCase();
        String stuck = "Zelf douchen lukt niet meer sinds de heupoperatie " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.logIn("anna.visser@delinde.example", PASSWORD, null);

            anna.open("casussen/" + caseId);
            anna.scrollTo("case-preparation");
            anna.scrollAndClick("case-preparation");
            anna.waitForPath("/casussen/" + caseId + "/voorbereiding");
            anna.waitForText("preparation-section", "Voorbereiding op het keukentafelgesprek");
            if (anna.exists("prep-locked")) {
                anna.scrollTo("prep-stuck-PERSONAL_CARE");
                assertThat(anna.isReadOnly("prep-stuck-PERSONAL_CARE")).isTrue();
                recordConsent(anna, caseId);
                anna.open("casussen/" + caseId + "/voorbereiding");
                anna.waitForText("preparation-section", "Voorbereiding op het keukentafelgesprek");
            }
            assertThat(anna.exists("prep-locked")).isFalse();

            anna.scrollTo("prep-stuck-PERSONAL_CARE");
            anna.type("prep-stuck-PERSONAL_CARE", stuck);
            anna.scrollTo("prep-wishes");
            anna.type("prep-wishes", "Een vaste hulp; mijn BSN is 111222333");
            anna.scrollTo("prep-save");
            anna.scrollAndClick("prep-save");
            anna.scrollTo("prep-problem");
            anna.waitForText("prep-problem", "Niet alles is goed ingevuld");
            anna.scrollTo("prep-wishes");
            assertThat(anna.fieldError("prep-wishes")).contains("burgerservicenummer");
            anna.scrollTo("prep-stuck-PERSONAL_CARE");
            assertThat(anna.value("prep-stuck-PERSONAL_CARE")).as("nothing typed is lost").isEqualTo(stuck);

            anna.scrollTo("prep-wishes");
            anna.type("prep-wishes", "Een vaste hulp");
            anna.scrollTo("prep-save");
            anna.scrollAndClick("prep-save");

            anna.open("casussen/" + caseId + "/voorbereiding");
            anna.waitForText("preparation-section", "Voorbereiding op het keukentafelgesprek");
            anna.scrollTo("prep-stuck-PERSONAL_CARE");
            assertThat(anna.value("prep-stuck-PERSONAL_CARE")).isEqualTo(stuck);
            anna.scrollTo("prep-wishes");
            assertThat(anna.value("prep-wishes")).isEqualTo("Een vaste hulp");

            anna.scrollTo("personal-plan-download");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(anna.href("personal-plan-download")))
                            .header("Cookie", anna.cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/pdf"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("persoonlijk-plan-"));
            // Long lines wrap in the PDF: compare the text with its line breaks as plain spaces.
            assertThat(pdfText(download.body()).replaceAll("\\s+", " "))
                    .contains("Persoonlijk plan", "Johanna van Dijk", "Persoonlijke verzorging", stuck);
        }
    }

    /** On the client page (through the case): consent for health and care needs, given orally today. */
    private static void recordConsent(Browser anna, String caseId) {
        anna.open("casussen/" + caseId);
        anna.scrollTo("case-client");
        anna.scrollAndClick("case-client");
        anna.waitForText("client-name", "Johanna van Dijk");
        anna.choose("consent-scope", "Vastleggen van gezondheid en zorgbehoefte");
        anna.choose("consent-method", "Mondeling");
        anna.scrollTo("record-consent");
        anna.scrollAndClick("record-consent");
        anna.scrollTo("consents");
        anna.waitForText("consents", "Gegeven op");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The demo case of Johanna van Dijk that Anna works on. */
    private static String johannasDemoCase() throws SQLException {
        try (Connection c = JourneyDatabase.connect();
             var statement = c.prepareStatement("select s.public_id from support_case s"
                     + " join client c on c.tenant_id = s.tenant_id and c.id = s.client_id"
                     + " join organisation o on o.id = s.tenant_id"
                     + " where o.slug = 'de-linde-zeist' and c.given_name = 'Johanna' and c.surname = 'Dijk'"
                     + " and s.request_text like 'Sinds mijn heupoperatie%' order by s.id limit 1")) {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
