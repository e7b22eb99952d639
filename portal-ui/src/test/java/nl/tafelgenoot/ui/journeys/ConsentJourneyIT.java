package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An advisor records a client's consent before noting care needs, and adds an informal carer to
 * the client's network, in a real headless Chromium against the packaged portal.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdvisorRecordsConsentThenCareNeedsAndAddsAnInformalCarer() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            browser.type("email", "anna.visser@delinde.example");
            browser.type("password", PASSWORD);
            browser.click("login-submit");
            browser.waitForPath("/clienten");
            browser.clickLink("Johanna van Dijk");
            browser.waitForText("client-name", "Johanna van Dijk");
            String clientPath = browser.path();

            browser.waitForText("care-needs-locked", "Vergrendeld");
            assertThat(browser.text("care-needs-locked")).contains("toestemming");
            assertThat(browser.isReadOnly("care-needs")).isTrue();

            browser.scrollAndClick("record-consent");
            browser.waitForText("consent-problem", "Niet alles is goed ingevuld");

            browser.choose("consent-scope", "Vastleggen van gezondheid en zorgbehoefte");
            browser.choose("consent-method", "Mondeling");
            browser.scrollAndClick("record-consent");
            browser.waitForText("consent-0", "Gegeven op");
            assertThat(browser.text("consent-0")).contains("Mondeling", "gezondheid en zorgbehoefte", "Anna Visser");

            browser.waitUntilEditable("care-needs");
            String careNeeds = "Loopt slecht na een heupoperatie, kan niet meer zelf douchen.";
            browser.type("care-needs", careNeeds);
            browser.scrollAndClick("save-care-needs");

            browser.scrollAndClick("add-network-member");
            browser.type("member-name", "Marieke van Dijk");
            browser.choose("member-relation", "Kind");
            browser.choose("member-informal-carer", "Is mantelzorger");
            browser.type("member-current-help", "Doet de boodschappen en kookt");
            browser.type("member-frequency", "Twee keer per week");
            browser.choose("member-can-continue", "Weet niet");
            assertThat(browser.text("carer-needs-locked")).contains("Vergrendeld");
            assertThat(browser.isReadOnly("member-worries")).isTrue();
            browser.scrollAndClick("save-member");
            browser.waitForGridText("network", "Marieke van Dijk");
            assertThat(browser.gridTexts("network")).contains("Kind", "Doet de boodschappen en kookt", "Weet niet");

            browser.open(clientPath.substring(1));
            browser.waitForText("client-name", "Johanna van Dijk");
            assertThat(browser.value("care-needs")).isEqualTo(careNeeds);
            assertThat(browser.isReadOnly("care-needs")).isFalse();
            browser.waitForGridText("network", "Marieke van Dijk");
        }
    }
}
