package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.tafelgenoot.ui.overview.OverviewCsv;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's coordinator takes a phone call: enters the request (first without a surname, which
 * is refused next to the field with everything else kept), finds no existing client, registers
 * one, reads the proposal with its reasons and offers the request to an advisor who works in Zeist
 * (one of this journey's own: other tests fill the demo advisors' lists). The advisor finds the
 * request on their start page, accepts it and has the case on their start page. The queue no longer
 * holds it, and its CSV opens with Dutch headers. Registering another client with the same phone
 * number asks first whether it is the same person.
 */
@ExtendWith(SharedPortal.class)
class IntakeJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String COORDINATOR = "coordinator@delinde.example";

    @SharedPortal.Url
    URL base;

    @Test
    void aPhoneRequestIsAssignedByProposalAndTheAdvisorAcceptsIt() throws Exception {
        String surname = "Beller" + UUID.randomUUID().toString().substring(0, 6);
        String phone = "06-9" + (1000000 + (int) (Math.random() * 8999999));
        String requestPath;
        String advisorName = "Ilse Intake " + surname.substring(6);
        String advisorEmail = "ilse-" + surname.toLowerCase() + "@delinde.example";
        JourneyDatabase.addBookableAdvisor(advisorEmail, advisorName, PASSWORD, "de-linde-zeist", "Zeist");
        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn(COORDINATOR, PASSWORD, null);
            coordinator.click("nav-intake");
            coordinator.waitForPath("/aanmeldingen");
            coordinator.click("intake-new");
            coordinator.waitForPath("/aanmeldingen/nieuw");
            coordinator.select("topic", "Voorbereiden van het keukentafelgesprek");
            coordinator.type("givenName", "Truus");
            coordinator.type("phone", phone);
            coordinator.pick("municipality", "Zeist");
            coordinator.type("question", "Mevrouw krijgt volgende week een keukentafelgesprek over hulp in huis.");
            coordinator.scrollAndClick("save");
            assertThat(coordinator.fieldError("surname")).isEqualTo("Vul de achternaam in.");
            assertThat(coordinator.value("givenName")).isEqualTo("Truus");
            assertThat(coordinator.value("question")).startsWith("Mevrouw krijgt");

            coordinator.type("surname", surname);
            coordinator.scrollAndClick("save");
            coordinator.waitForText("intake-status", "Wacht op een adviseur");
            requestPath = coordinator.path().substring(1);
            assertThat(coordinator.text("intake-no-duplicates")).contains("Geen cliënt gevonden");
            coordinator.scrollAndClick("intake-register");
            coordinator.waitForText("intake-client", "Truus " + surname);

            coordinator.scrollTo("intake-proposals");
            // The table's rows arrive after it is drawn; with every advisor of the whole test run in it, later.
            coordinator.waitForGridText("intake-proposals", advisorName);
            List<String> proposal = coordinator.gridTexts("intake-proposals");
            int row = proposal.indexOf(advisorName);
            assertThat(proposal.get(row + 2)).contains("Werkt in de gemeente (+30)").doesNotContain("Kan nu niet");
            coordinator.choose("intake-choose", advisorName);
            coordinator.scrollAndClick("intake-offer");
            coordinator.waitForText("intake-history", advisorName + ": Wacht op antwoord");
            assertThat(coordinator.text("intake-status")).isEqualTo("Aangeboden, wacht op antwoord");
        }

        try (Browser advisor = new Browser(base, "nl-NL")) {
            advisor.logIn(advisorEmail, PASSWORD, null);
            advisor.open("");
            advisor.waitForText("start-offers", "Voorbereiden van het keukentafelgesprek in Zeist");
            advisor.clickLinkTo(requestPath);
            advisor.waitForText("intake-question", "Mevrouw krijgt volgende week");
            advisor.scrollAndClick("intake-accept");
            advisor.waitForText("case-reference", "Casus");
            advisor.open("");
            advisor.waitForText("start-deadlines", "Truus " + surname);
            String requestId = requestPath.substring(requestPath.lastIndexOf('/') + 1);
            assertThat(advisor.exists("start-offer-" + requestId)).as("answered, so off the list").isFalse();
        }

        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn(COORDINATOR, PASSWORD, null);
            coordinator.open(requestPath);
            coordinator.waitForText("intake-status", "Toegewezen");
            assertThat(coordinator.text("intake-history")).contains(advisorName + ": Aangenomen");
            coordinator.open("aanmeldingen");
            coordinator.waitForText("intake-count", "in de wachtrij");
            assertThat(coordinator.gridTexts("intake-queue")).doesNotContain("Truus " + surname);

            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(coordinator.href("intake-download")))
                            .header("Cookie", coordinator.cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            byte[] body = download.body();
            assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            List<CSVRecord> records = OverviewCsv.FORMAT.parse(
                    new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
            assertThat(records.get(0).values()).containsExactly("Binnengekomen", "Wacht", "Dringend", "Naam",
                    "Gemeente", "Vraag over", "Stand", "Opmerking");
            assertThat(records).noneMatch(r -> r.values()[3].equals("Truus " + surname));

            coordinator.open("clienten/nieuw");
            coordinator.type("givenName", "Truus");
            coordinator.type("surname", "Anders");
            coordinator.type("phone", phone.replace("-", " "));
            coordinator.pick("municipality", "Zeist");
            coordinator.scrollAndClick("save");
            coordinator.waitForPageText("Bestaat deze cliënt al?");
            assertThat(coordinator.pageContains("Truus " + surname + " (zelfde telefoonnummer)")).isTrue();
            coordinator.confirm();
            coordinator.waitForPageText("Truus Anders is toegevoegd als cliënt.");
        }
    }
}
