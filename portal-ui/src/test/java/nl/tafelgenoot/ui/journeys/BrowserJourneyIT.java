package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journeys of the foundation in a real headless Chromium against the packaged portal on
 * Payara Micro and MariaDB, with the demo organisations: logging in and being refused, working
 * with clients, trying another organisation's client by its address, switching organisation.
 */
@ExtendWith(SharedPortal.class)
class BrowserJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @SharedPortal.Url
    URL base;

    private Browser dutch() {
        return new Browser(base, "nl-NL");
    }

    private static void logIn(Browser browser, String email, String password) {
        browser.open("login");
        browser.type("email", email);
        browser.type("password", password);
        browser.click("login-submit");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneNeutralMessage() {
        try (Browser browser = dutch()) {
            logIn(browser, "anna.visser@delinde.example", "verkeerd-wachtwoord");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
            assertThat(browser.path()).isEqualTo("/login");

            logIn(browser, "niemand-" + UUID.randomUUID() + "@example.org", "verkeerd-wachtwoord");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
        }
    }

    /** An account no other test logs in with: the lock lasts 15 minutes in the database all journeys share. */
    private static final String LOCKED_OUT = "mohammed.yilmaz@samenverder.example";

    @Test
    void fiveFailuresLockTheIdentityEvenForTheRightPassword() {
        try (Browser browser = dutch()) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                logIn(browser, LOCKED_OUT, "fout-" + attempt);
                browser.waitForText("login-message", "Inloggen is niet gelukt");
            }
            logIn(browser, LOCKED_OUT, "fout-5");
            browser.waitForText("login-message", "15 minuten");
            logIn(browser, LOCKED_OUT, PASSWORD);
            browser.waitForText("login-message", "15 minuten");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void anAdvisorWorksWithTheClientsOfTheirOwnOrganisation() {
        try (Browser browser = dutch()) {
            logIn(browser, "anna.visser@delinde.example", PASSWORD);
            browser.waitForPath("/");
            browser.waitForText("start-title", "Mijn werk");
            assertThat(browser.text("current-organisation")).contains("De Linde");
            browser.open("clienten");
            browser.waitForGridText("clients", "Johanna van Dijk");
            assertThat(browser.gridTexts("clients")).doesNotContain("Petronella Huisman");

            browser.type("search-name", "Huisman");
            browser.waitForText("client-count", "Geen cliënten gevonden");

            browser.click("new-client");
            browser.waitForPath("/clienten/nieuw");
            String surname = "Testmans-" + UUID.randomUUID().toString().substring(0, 6);
            browser.type("givenName", "Aleida");
            browser.type("surname", surname);
            browser.type("postcode", "12345");
            browser.type("phone", "06-8" + (1000000 + (int) (Math.random() * 8999999)));
            browser.click("save");
            browser.waitForText("form-problem", "Niet alles is goed ingevuld");
            assertThat(browser.fieldError("postcode")).contains("Vul een geldige postcode in");
            assertThat(browser.fieldError("surname")).isEmpty();

            browser.type("postcode", "3701gg");
            browser.click("save");
            browser.waitForText("client-name", "Aleida " + surname);
            assertThat(browser.path()).startsWith("/clienten/").isNotEqualTo("/clienten/nieuw");

            browser.open("clienten");
            browser.type("search-name", surname);
            browser.waitForText("client-count", "1 cliënt");
            browser.waitForGridText("clients", "Aleida " + surname);
        }
    }

    @Test
    void anotherOrganisationsClientAddressShowsNotFound() throws SQLException {
        String foreign = publicIdOfAClientOf("samen-verder");
        try (Browser browser = dutch()) {
            logIn(browser, "anna.visser@delinde.example", PASSWORD);
            browser.waitForPath("/");

            browser.open("clienten/" + foreign);
            browser.waitForText("not-found", "Niet gevonden");
            assertThat(browser.pageContains("Huisman")).isFalse();
            String foreignPage = browser.text("not-found");

            browser.open("clienten/ABCDEFGHJKMN");
            browser.waitForText("not-found", foreignPage);
            browser.open("clienten/1");
            browser.waitForText("not-found", foreignPage);
        }
    }

    @Test
    void aPersonOfTwoOrganisationsChoosesAndSwitchesThenLogsOut() {
        try (Browser browser = dutch()) {
            logIn(browser, "eva.dekker@example.org", PASSWORD);
            browser.waitForPath("/organisatie-kiezen");
            browser.click("organisation-de-linde-zeist");
            browser.waitForPath("/");
            browser.waitForText("start-title", "Mijn werk");
            browser.open("clienten");
            browser.waitForGridText("clients", "Johanna van Dijk");

            browser.click("switch-organisation");
            browser.waitForPath("/organisatie-kiezen");
            browser.click("organisation-samen-verder");
            browser.waitForPath("/");
            browser.waitForText("start-title", "Werk van de organisatie");
            browser.open("clienten");
            browser.waitForGridText("clients", "Petronella Huisman");
            assertThat(browser.gridTexts("clients")).doesNotContain("Johanna van Dijk");
            assertThat(browser.text("current-organisation")).contains("Samen Verder");

            browser.click("logout");
            browser.waitForPath("/login");
            browser.open("clienten");
            browser.waitForPath("/login");
            assertThat(browser.pageContains("Johanna")).isFalse();
        }
    }

    @Test
    void aLoggedOutVisitorIsSentToLoginAndBackToTheWantedPage() throws SQLException {
        String own = publicIdOfAClientOf("de-linde-zeist");
        try (Browser browser = dutch()) {
            browser.open("clienten/" + own);
            browser.waitForPath("/login");
            browser.type("email", "coordinator@delinde.example");
            browser.type("password", PASSWORD);
            browser.click("login-submit");
            browser.waitForPath("/clienten/" + own);
            assertThat(browser.text("client-number")).startsWith("Cliëntnummer");
        }
    }

    @Test
    void anAdvisorOpensACaseForAClientAndMovesItAlong() {
        try (Browser browser = dutch()) {
            logIn(browser, "anna.visser@delinde.example", PASSWORD);
            browser.waitForPath("/");
            browser.open("clienten");
            browser.clickLink("Johanna van Dijk");
            browser.waitForText("client-name", "Johanna van Dijk");

            browser.click("new-case");
            browser.type("request", "Ik wil graag een scootmobiel om zelf boodschappen te doen.");
            browser.click("save");
            browser.waitForText("case-phase", "Melding");
            String reference = browser.text("case-reference");
            assertThat(reference).matches("Casus \\d{4}-\\d{4}");
            assertThat(browser.text("case-advisors")).contains("Anna Visser");
            browser.waitForGridText("deadlines", "W1");
            assertThat(browser.gridTexts("deadlines")).contains("Wmo 2015 art. 2.3.2", "Onderzoek (keukentafelgesprek) afgerond uiterlijk");

            browser.click("phase-preparation");
            browser.waitForText("case-phase", "Voorbereiding");
            assertThat(browser.pageContains("Naar Keukentafelgesprek")).isTrue();
            assertThat(browser.pageContains("Naar Verslag")).as("no skipping").isFalse();

            browser.open("casussen");
            browser.waitForGridText("cases", reference.substring("Casus ".length()));
        }
    }

    @Test
    void theLoginPageSpeaksEnglishWhenTheBrowserAsksForIt() {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.open("login");
            browser.waitForPageText("E-mail address");
            logIn(browser, "anna.visser@delinde.example", "wrong");
            browser.waitForText("login-message", "Logging in did not work");
        }
    }

    private static String publicIdOfAClientOf(String slug) throws SQLException {
        try (Connection c = JourneyDatabase.connect();
             var statement = c.prepareStatement("select c.public_id from client c join organisation o on o.id = c.tenant_id"
                     + " where o.slug = ? order by c.number limit 1")) {
            statement.setString(1, slug);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
