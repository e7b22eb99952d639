package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person who forgot their password follows "Wachtwoord vergeten?" from the login page, gets the
 * same answer as for an unknown address, opens the link from the mail, has a weak password
 * refused at the field, chooses a strong one and logs in with it; the old one no longer works.
 */
@ExtendWith(SharedPortal.class)
class ForgottenPasswordJourneyIT {

    private static final String OLD = "Demo-wachtwoord-2026";
    private static final String NEW = "zeilboot wolk pannenkoek trommel";
    private static final String ANSWER = "Als dit adres bij ons bekend is, krijgt u binnen enkele minuten een e-mail";

    @SharedPortal.Url
    URL base;

    @Test
    void aPersonChoosesANewPasswordThroughTheMailedLink() throws SQLException {
        String email = "ria.vergeet-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        String unknown = "niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        JourneyDatabase.addAccount(email, "Ria Vergeet", OLD, "de-linde-zeist", "ADVISOR");

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            browser.click("login-forgotten");
            browser.waitForPath("/wachtwoord-vergeten");
            browser.axe().assertNoSeriousOrCritical();
            browser.type("forgotten-email", "geen-adres");
            browser.click("forgotten-send");
            assertThat(browser.fieldError("forgotten-email")).startsWith("Dit is geen geldig e-mailadres.");

            browser.type("forgotten-email", unknown);
            browser.click("forgotten-send");
            browser.waitForPageText(ANSWER);
            String unknownAnswer = browser.text("forgotten-message");

            browser.open("wachtwoord-vergeten");
            browser.type("forgotten-email", email);
            browser.click("forgotten-send");
            browser.waitForPageText(ANSWER);
            assertThat(browser.text("forgotten-message")).isEqualTo(unknownAnswer);
        }
        String link = JourneyDatabase.linkMailedTo(email);
        assertThat(JourneyDatabase.mailCount(unknown)).isZero();

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open(link);
            browser.waitForText("invitation-title", "Ria Vergeet");
            browser.axe().assertNoSeriousOrCritical();
            browser.type("invitation-password", "Wachtwoord2026");
            browser.type("invitation-repeat", "Wachtwoord2026");
            browser.click("invitation-accept");
            assertThat(browser.fieldError("invitation-password")).startsWith("Dit wachtwoord is te makkelijk te raden.");
            assertThat(browser.value("invitation-repeat")).isEqualTo("Wachtwoord2026");

            browser.type("invitation-password", NEW);
            browser.type("invitation-repeat", NEW);
            browser.click("invitation-accept");
            browser.waitForPath("/login");

            browser.type("email", email);
            browser.type("password", OLD);
            browser.click("login-submit");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
            browser.logIn(email, NEW, null);
            assertThat(browser.text("current-user")).contains("Ria Vergeet");
        }
    }
}
