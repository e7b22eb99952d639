package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's coordinator registers a new client with some data, downloads everything stored about
 * them (a ZIP with the Dutch PDF naming the client and a JSON file), then erases the client: a
 * wrong name is refused next to the field with the typed text kept, the right one erases, and the
 * client is no longer in the list. The erase dialog passes axe.
 */
@ExtendWith(SharedPortal.class)
class PrivacyJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String COORDINATOR = "coordinator@delinde.example";

    @SharedPortal.Url
    URL base;

    @Test
    void theCoordinatorExportsAndThenErasesAClient() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String surname = "Privacy-" + tag;
        String fullName = "Zwanetta " + surname;
        String note = "Wil alles weten wat we bewaren " + tag;
        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn(COORDINATOR, PASSWORD, null);
            coordinator.open("clienten/nieuw");
            coordinator.type("givenName", "Zwanetta");
            coordinator.type("surname", surname);
            coordinator.type("postcode", "3701gg");
            coordinator.type("phone", "06-7" + (1000000 + (int) (Math.random() * 8999999)));
            coordinator.type("email", "zwanetta." + tag + "@example.nl");
            coordinator.type("notes", note);
            coordinator.click("save");
            coordinator.waitForText("client-name", fullName);

            coordinator.scrollTo("privacy-export");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(coordinator.href("privacy-export")))
                            .header("Cookie", coordinator.cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/zip"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("gegevens-client-"));
            Map<String, byte[]> zip = unzip(download.body());
            assertThat(zip).containsKeys("gegevens.pdf", "gegevens.json");
            assertThat(pdfText(zip.get("gegevens.pdf"))).contains("Alle gegevens van de cliënt", fullName, note);
            assertThat(new String(zip.get("gegevens.json"), StandardCharsets.UTF_8)).contains(fullName, note);

            coordinator.scrollAndClick("privacy-erase");
            coordinator.waitForPageText("Cliënt definitief wissen");
            coordinator.axe().assertNoSeriousOrCritical();
            coordinator.type("privacy-erase-name", "Zwanetta");
            coordinator.click("privacy-erase-confirm");
            assertThat(coordinator.fieldError("privacy-erase-name")).contains("niet de volledige naam");
            assertThat(coordinator.value("privacy-erase-name")).isEqualTo("Zwanetta");
            assertThat(coordinator.text("client-name")).isEqualTo(fullName);

            coordinator.type("privacy-erase-name", fullName);
            coordinator.click("privacy-erase-confirm");
            coordinator.waitForPath("/clienten");
            coordinator.type("search-name", surname);
            coordinator.waitForText("client-count", "Geen cliënten gevonden");
            assertThat(coordinator.gridTexts("clients")).noneMatch(cell -> cell.contains(surname));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The PDF's text with line breaks as plain spaces (long lines wrap). */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
