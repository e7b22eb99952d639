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
 * A person changes their own password from the top bar: a wrong current password, a common one,
 * one built from their own name and a repeat that differs are each refused at their field with
 * everything else still typed; then the new one works at the next login and the old one does not.
 */
@ExtendWith(SharedPortal.class)
class OwnPasswordJourneyIT {

    private static final String OLD = "Demo-wachtwoord-2026";
    private static final String NEW = "fiets kopje molen regen";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdvisorChoosesAStrongPasswordAndLogsInWithIt() throws SQLException {
        String email = "lies.kramer-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        JourneyDatabase.addAccount(email, "Lies Kramer", OLD, "de-linde-zeist", "ADVISOR");

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.logIn(email, OLD, null);
            browser.click("own-account");
            browser.waitForPath("/mijn-inlog");
            browser.axe().assertNoSeriousOrCritical();

            browser.type("password-current", "niet-mijn-wachtwoord");
            browser.type("password-new", NEW);
            browser.type("password-repeat", NEW);
            browser.click("password-save");
            assertThat(browser.fieldError("password-current")).isEqualTo("Dit is niet uw huidige wachtwoord.");
            assertThat(browser.value("password-new")).isEqualTo(NEW);

            browser.type("password-current", OLD);
            browser.type("password-new", "Wachtwoord2026");
            browser.click("password-save");
            assertThat(browser.fieldError("password-new")).startsWith("Dit wachtwoord is te makkelijk te raden.")
                    .as("zxcvbn's own hint, in Dutch").hasSizeGreaterThan(45);
            assertThat(browser.fieldError("password-current")).isEmpty();

            browser.type("password-new", "lieskramer1950");
            browser.type("password-repeat", "lieskramer1950");
            browser.click("password-save");
            assertThat(browser.fieldError("password-new")).startsWith("Dit wachtwoord is te makkelijk te raden.");

            browser.type("password-new", NEW);
            browser.type("password-repeat", NEW + "!");
            browser.click("password-save");
            assertThat(browser.fieldError("password-repeat")).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");

            browser.type("password-repeat", NEW);
            browser.click("password-save");
            browser.waitForPageText("Uw wachtwoord is gewijzigd.");
            assertThat(browser.value("password-current")).isEmpty();
        }

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            browser.type("email", email);
            browser.type("password", OLD);
            browser.click("login-submit");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
            browser.logIn(email, NEW, null);
            assertThat(browser.text("current-user")).contains("Lies Kramer");
        }
    }
}
