package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.PortalKind;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A logged-in session ends after the idle time, also with the tab left open, and the person
 * learns why on the login page (and not after logging out); someone who keeps working stays
 * logged in. The shared mail portal runs with an idle time of {@value #IDLE_SECONDS} seconds and a
 * heartbeat every {@value #HEARTBEAT_SECONDS} ({@link PortalKind#MAIL}), so an open tab keeps sending
 * requests that are no activity, as it does in production every five minutes against thirty.
 */
@ExtendWith(SharedPortal.class)
class IdleSessionJourneyIT {

    /** TAFELGENOOT_SESSION_SECONDS of the mail portal. */
    private static final int IDLE_SECONDS = 15;
    /** vaadin.heartbeatInterval of that portal. */
    private static final int HEARTBEAT_SECONDS = 4;
    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String EXPIRED = "Uw sessie is verlopen omdat u een tijd niets in Tafelgenoot hebt gedaan.";

    @SharedPortal.Url(PortalKind.MAIL)
    URL base;

    @Test
    void anIdleSessionEndsWithTheTabOpenOrClosedAndAWorkingOneGoesOn() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String working = "wim.werk-" + run + "@delinde.example";
        String tabOpen = "tineke.tab-" + run + "@delinde.example";
        String away = "wouter.weg-" + run + "@delinde.example";
        JourneyDatabase.addAccount(working, "Wim Werk", PASSWORD, "de-linde-zeist", "ADVISOR");
        JourneyDatabase.addAccount(tabOpen, "Tineke Tab", PASSWORD, "de-linde-zeist", "ADVISOR");
        JourneyDatabase.addAccount(away, "Wouter Weg", PASSWORD, "de-linde-zeist", "ADVISOR");

        try (Browser worker = new Browser(base, "nl-NL"); Browser idle = new Browser(base, "nl-NL");
             Browser gone = new Browser(base, "nl-NL")) {
            idle.logIn(tabOpen, PASSWORD, null);
            idle.open("clienten");
            idle.waitForPath("/clienten");
            gone.logIn(away, PASSWORD, null);
            gone.leave();
            worker.logIn(working, PASSWORD, null);

            // Wim clicks every few seconds, for longer than the idle time in all.
            Instant until = Instant.now().plusSeconds(IDLE_SECONDS + HEARTBEAT_SECONDS + 2);
            boolean account = true;
            while (Instant.now().isBefore(until)) {
                if (account) {
                    worker.click("own-account");
                    worker.waitForText("sessions", "(deze sessie)");
                } else {
                    worker.open("clienten");
                    worker.waitForPath("/clienten");
                }
                account = !account;
                worker.stayIdle(Duration.ofSeconds(IDLE_SECONDS / 3));
            }
            worker.open("clienten");
            worker.waitForPath("/clienten");
            assertThat(worker.text("current-user")).contains("Wim Werk");

            // Tineke's open tab: its heartbeat kept the server session, not the login. The page
            // went to the login page by itself, and says why.
            idle.waitForPath("/login");
            idle.waitForText("login-message", EXPIRED);
            idle.open("clienten");
            idle.waitForPath("/login");
            assertThat(idle.exists("current-user")).isFalse();

            // Wouter closed the tab: no request at all. His next visit finds the login page, and why.
            gone.open("clienten");
            gone.waitForPath("/login");
            gone.waitForText("login-message", EXPIRED);
            // Only once: a plain visit to the login page later does not repeat it.
            gone.open("login");
            gone.waitForText("login-submit", "Inloggen");
            assertThat(gone.pageContains(EXPIRED)).isFalse();

            // Logging in again goes on where she was.
            idle.type("email", tabOpen);
            idle.type("password", PASSWORD);
            idle.click("login-submit");
            idle.waitForPath("/clienten");
            assertThat(idle.text("current-user")).contains("Tineke Tab");

            // Logging out is not an expired session: no such message.
            worker.click("logout");
            worker.waitForPath("/login");
            worker.waitForText("login-submit", "Inloggen");
            assertThat(worker.pageContains(EXPIRED)).isFalse();
        }
    }
}
