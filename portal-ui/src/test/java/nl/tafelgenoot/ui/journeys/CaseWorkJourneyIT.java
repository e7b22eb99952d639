package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.time.LocalDate;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An advisor's case work in a real browser. Anna registers a client (the
 * municipality picked from the reference list), finds the care needs locked, records the client's
 * consent, writes the care needs, adds a daughter who cares for her mother (her own needs only
 * after her own consent) and takes a neighbour who moved away out of the network again. She opens a
 * case, fills part of the preparation, downloads the personal plan and reads it, plans the
 * interview by phone (and is reminded of the right to a personal conversation), writes a note and
 * an agreement, and finds the agreement on her start page. The coordinator adds Eva to the
 * case; Eva's note appears on Anna's screen.
 */
@ExtendWith(SharedPortal.class)
class CaseWorkJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String ANNA = "anna.visser@delinde.example";
    private static final String EVA = "eva.dekker@example.org";
    private static final String COORDINATOR = "coordinator@delinde.example";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdvisorCarriesACaseFromConsentToTheStartPageWithASecondAdvisor() throws Exception {
        String surname = "Toestemming" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now().minusDays(1);
        String yesterday = day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.logIn(ANNA, PASSWORD, null);
            anna.open("clienten/nieuw");
            anna.type("givenName", "Geertje");
            anna.type("surname", surname);
            anna.pick("municipality", "Zeist");
            anna.click("save");
            anna.waitForText("client-name", "Geertje " + surname);
            assertThat(anna.value("municipality")).isEqualTo("Zeist");

            anna.waitForText("care-needs-locked", "Vergrendeld");
            assertThat(anna.isReadOnly("care-needs")).isTrue();

            anna.scrollAndClick("record-consent");
            anna.waitForText("consent-problem", "Niet alles is goed ingevuld");
            assertThat(anna.fieldError("consent-scope")).contains("Kies waarvoor de cliënt toestemming geeft");

            anna.typeAndEnter("consent-given-on", yesterday);
            anna.choose("consent-scope", "Vastleggen van gezondheid en zorgbehoefte");
            anna.choose("consent-method", "Mondeling");
            anna.scrollAndClick("record-consent");
            anna.waitForText("consents", "Anna Visser");
            anna.waitUntilEditable("care-needs");

            anna.type("care-needs", "Kan niet meer zelf douchen; valt soms 's nachts.");
            anna.scrollAndClick("save-care-needs");
            anna.open(anna.path().substring(1));
            anna.waitForText("client-name", "Geertje " + surname);
            assertThat(anna.value("care-needs")).isEqualTo("Kan niet meer zelf douchen; valt soms 's nachts.");

            anna.scrollAndClick("add-network-member");
            anna.type("member-name", "Ingrid " + surname);
            anna.choose("member-relation", "Kind");
            anna.scrollAndClick("member-informal-carer");
            anna.type("member-current-help", "Boodschappen en de was");
            anna.type("member-frequency", "Drie keer per week");
            anna.choose("member-can-continue", "Weet niet");
            assertThat(anna.isReadOnly("member-energy")).as("a carer's own needs wait for her own consent").isTrue();
            anna.typeAndEnter("member-carer-consent-on", yesterday);
            anna.waitUntilEditable("member-energy");
            anna.type("member-energy", "Moe, werkt zelf ook");
            anna.scrollAndClick("save-member");
            anna.waitForGridText("network", "Ingrid " + surname);

            anna.scrollAndClick("add-network-member");
            anna.type("member-name", "Buurman Kees");
            anna.choose("member-relation", "Buur");
            anna.scrollAndClick("save-member");
            anna.waitForGridText("network", "Buurman Kees");

            anna.clickGridRow("network", "Buurman Kees");
            anna.scrollAndClick("remove-member");
            anna.confirm();
            anna.waitForPageText("Buurman Kees is uit het netwerk verwijderd.");
            assertThat(anna.gridTexts("network")).contains("Ingrid " + surname).doesNotContain("Buurman Kees");

            anna.open(anna.path().substring(1));
            anna.waitForGridText("network", "Ingrid " + surname);
            assertThat(anna.gridTexts("network")).doesNotContain("Buurman Kees");
            anna.clickGridRow("network", "Ingrid " + surname);
            assertThat(anna.value("member-energy")).isEqualTo("Moe, werkt zelf ook");

            String caseId = openCase(anna);
            prepareAndReadThePlan(anna, caseId, "Geertje " + surname);
            planNoteAndAgree(anna, caseId);

            try (Browser coordinator = new Browser(base, "nl-NL"); Browser eva = new Browser(base, "nl-NL")) {
                coordinator.logIn(COORDINATOR, PASSWORD, null);
                coordinator.open("casussen/" + caseId);
                coordinator.pick("assign-advisor", "Eva Dekker");
                coordinator.scrollAndClick("assign");
                coordinator.waitForText("case-advisors", "Eva Dekker");

                eva.logIn(EVA, PASSWORD, "de-linde-zeist");
                eva.open("casussen/" + caseId);
                eva.waitForText("case-reference", "Casus");
                eva.type("new-note", EVAS_NOTE);
                eva.scrollAndClick("add-note");
                eva.waitForText("notes", EVAS_NOTE);
            }
            anna.open("casussen/" + caseId);
            anna.waitForText("notes", EVAS_NOTE);
            assertThat(anna.text("notes")).contains("Eva Dekker", ANNAS_NOTE);
        }
    }

    private static final String ANNAS_NOTE = "Gesprek voorbereid; dochter wil bij het gesprek zijn.";
    private static final String EVAS_NOTE = "Eva: gemeente belde, gesprek mag ook thuis.";
    private static final String AGREEMENT = "Offerte douchestoel opvragen";

    /** From the client page: a new case about personal care, notified today; lands on the case. */
    private static String openCase(Browser anna) {
        anna.scrollAndClick("new-case");
        assertThat(anna.value("request")).isEmpty();
        assertThat(anna.value("municipality")).as("the client's municipality is proposed").isEqualTo("Zeist");
        anna.type("request", "Ik kan mezelf niet meer veilig douchen.");
        anna.choose("lifeDomains", "Persoonlijke verzorging");
        anna.scrollAndClick("save");
        anna.waitForText("case-reference", "Casus");
        return anna.path().substring("/casussen/".length());
    }

    private static void prepareAndReadThePlan(Browser anna, String caseId, String clientName) throws Exception {
        String stuck = "Douchen lukt niet meer zonder hulp; bang om te vallen";
        anna.scrollAndClick("case-preparation");
        anna.waitForPath("/casussen/" + caseId + "/voorbereiding");
        anna.type("prep-stuck-PERSONAL_CARE", stuck);
        anna.scrollAndClick("prep-save");
        anna.open("casussen/" + caseId + "/voorbereiding");
        assertThat(anna.value("prep-stuck-PERSONAL_CARE")).isEqualTo(stuck);

        HttpResponse<byte[]> plan = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(anna.href("personal-plan-download")))
                        .header("Cookie", anna.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plan.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(plan.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(clientName, "Persoonlijke verzorging", stuck);
        }
    }

    private static void planNoteAndAgree(Browser anna, String caseId) {
        LocalDate interview = LocalDate.now().plusDays(5);
        LocalDate due = LocalDate.now().plusDays(3);
        anna.open("casussen/" + caseId);
        anna.typeAndEnter("plannedOn", typed(interview));
        anna.typeAndEnter("plannedAt", "10:00");
        anna.select("place", "Telefonisch");
        anna.waitForText("personal-conversation", "persoonlijk gesprek");
        anna.scrollAndClick("save-interview");
        anna.waitForPageText("Het gesprek is opgeslagen.");

        anna.type("new-note", ANNAS_NOTE);
        anna.scrollAndClick("add-note");
        anna.waitForText("notes", ANNAS_NOTE);
        anna.type("task-what", AGREEMENT);
        anna.typeAndEnter("task-due", typed(due));
        anna.scrollAndClick("add-task");
        anna.waitForText("tasks", AGREEMENT);

        anna.open("");
        anna.waitForText("start-title", "Mijn werk");
        assertThat(anna.text("start-tasks")).contains(AGREEMENT);
        assertThat(anna.text("start-interviews")).contains("10:00");
    }

    private static String typed(LocalDate day) {
        return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }
}
