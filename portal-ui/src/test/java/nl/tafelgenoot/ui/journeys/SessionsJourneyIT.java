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
 * A person logged in at home and at the library sees both sessions, this one marked, and ends
 * the other: the library's browser is back at the login page at its next click. Another person's
 * list shows none of it. Changing the password ends the other sessions too.
 */
@ExtendWith(SharedPortal.class)
class SessionsJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @SharedPortal.Url
    URL base;

    @Test
    void aPersonEndsTheSessionTheyLeftOpenElsewhere() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "joke.bakker-" + run + "@delinde.example";
        String other = "kees.bakker-" + run + "@delinde.example";
        JourneyDatabase.addAccount(email, "Joke Bakker", PASSWORD, "de-linde-zeist", "ADVISOR");
        JourneyDatabase.addAccount(other, "Kees Bakker", PASSWORD, "de-linde-zeist", "ADVISOR");

        try (Browser home = new Browser(base, "nl-NL"); Browser library = new Browser(base, "nl-NL");
             Browser someoneElse = new Browser(base, "nl-NL")) {
            library.logIn(email, PASSWORD, null);
            home.logIn(email, PASSWORD, null);
            someoneElse.logIn(other, PASSWORD, null);

            home.click("own-account");
            home.waitForText("sessions", "(deze sessie)");
            assertThat(home.text("session-1")).contains("(deze sessie)", "Chrome");
            assertThat(home.text("session-2")).contains("Chrome").doesNotContain("(deze sessie)");
            assertThat(home.exists("session-3")).isFalse();
            home.axe().assertNoSeriousOrCritical();

            someoneElse.click("own-account");
            someoneElse.waitForText("sessions", "(deze sessie)");
            assertThat(someoneElse.exists("session-2")).as("Joke's sessions are not Kees's").isFalse();

            home.click("session-end-2");
            home.waitForText("sessions", "(deze sessie)");
            assertThat(home.exists("session-2")).isFalse();

            library.open("clienten");
            library.waitForPath("/login");
            someoneElse.open("clienten");
            someoneElse.waitForPath("/clienten");
        }
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() throws SQLException {
        String email = "lotte.dam-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        JourneyDatabase.addAccount(email, "Lotte Dam", PASSWORD, "de-linde-zeist", "ADVISOR");
        String chosen = "tulp kaneel fiets haven";

        try (Browser here = new Browser(base, "nl-NL"); Browser there = new Browser(base, "nl-NL")) {
            there.logIn(email, PASSWORD, null);
            here.logIn(email, PASSWORD, null);
            here.click("own-account");
            here.type("password-current", PASSWORD);
            here.type("password-new", chosen);
            here.type("password-repeat", chosen);
            here.click("password-save");
            here.waitForPageText("Op andere plaatsen bent u uitgelogd.");
            assertThat(here.exists("session-2")).isFalse();

            there.open("clienten");
            there.waitForPath("/login");
            here.open("clienten");
            here.waitForPath("/clienten");
        }
    }
}
