package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consent and the network in a real browser: an advisor registers a client (the municipality
 * picked from the reference list), finds the care needs locked, records the client's consent,
 * writes the care needs, adds a daughter who cares for her mother (her own needs only after her
 * own consent), and takes a neighbour who moved away out of the network again.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String ANNA = "anna.visser@delinde.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdvisorRecordsConsentBeforeCareNeedsAndKeepsTheNetwork() {
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
        }
    }
}
