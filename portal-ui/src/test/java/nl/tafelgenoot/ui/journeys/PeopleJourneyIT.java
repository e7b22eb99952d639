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
 * People in a real browser: De Linde's admin invites a new advisor; the link from the mail, opened
 * in a fresh browser, lets them choose a password (a weak one refused at the field first); they
 * log in to the advisor's start page. The admin makes them coordinator instead, which they see at
 * their next request; the admin deactivates them: their open session ends at its next request and
 * they can no longer log in. The outbox does not show the link, and a used link shows the one
 * "does not work" page.
 */
@ExtendWith(SharedPortal.class)
class PeopleJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String CHOSEN = "blauwe fiets onder de linde 73";

    @SharedPortal.Url
    URL base;

    @Test
    void anInvitedAdvisorJoinsBecomesCoordinatorAndLeaves() throws SQLException {
        String email = "nieuw-" + UUID.randomUUID() + "@example.org";
        String name = "Noor Nieuw " + email.substring(6, 12);
        try (Browser admin = new Browser(base, "nl-NL"); Browser invitee = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            assertThat(admin.text("nav-people")).isEqualTo("Mensen");
            admin.click("nav-people");
            admin.waitForPath("/beheer/mensen");
            admin.axe().assertNoSeriousOrCritical();

            admin.type("invite-name", name);
            admin.type("invite-email", email);
            admin.click("invite-send");
            assertThat(admin.fieldError("invite-roles")).isEqualTo("Kies minstens één rol.");
            assertThat(admin.value("invite-email")).isEqualTo(email);
            admin.choose("invite-roles", "Adviseur");
            admin.click("invite-send");

            String path = JourneyDatabase.linkMailedTo(email);
            admin.click("nav-outbox");
            admin.waitForGridText("outbox", name);
            admin.clickGridRow("outbox", name);
            admin.waitForText("outbox-body", "Deze e-mail bevat een persoonlijke link");
            assertThat(admin.pageContains(path.substring("uitnodiging/".length()))).isFalse();

            invitee.open(path);
            invitee.waitForText("invitation-title", "Welkom, " + name);
            invitee.axe().assertNoSeriousOrCritical();
            invitee.type("invitation-password", "password1234");
            invitee.type("invitation-repeat", "password1234");
            invitee.click("invitation-accept");
            assertThat(invitee.fieldError("invitation-password")).isNotEmpty();
            assertThat(invitee.value("invitation-password")).isEqualTo("password1234");
            invitee.type("invitation-password", CHOSEN);
            invitee.type("invitation-repeat", CHOSEN);
            invitee.click("invitation-accept");
            invitee.waitForPath("/login");
            invitee.logIn(email, CHOSEN, null);
            invitee.waitForText("start-title", "Mijn werk");
            assertThat(invitee.exists("nav-own-profile")).isTrue();
            assertThat(invitee.exists("nav-intake")).isFalse();

            long id = JourneyDatabase.accountId(email);
            admin.click("nav-people");
            admin.waitForPath("/beheer/mensen");
            admin.choose("roles-" + id, "Adviseur");
            admin.choose("roles-" + id, "Coördinator");
            admin.click("roles-save-" + id);
            assertThat(admin.fieldError("roles-" + id)).isEmpty();

            invitee.open("");
            invitee.waitForText("nav-intake", "Aanmeldingen");
            assertThat(invitee.exists("nav-own-profile")).isFalse();

            admin.click("deactivate-" + id);
            admin.confirm();
            assertThat(admin.exists("person-" + id)).isFalse();

            invitee.open("");
            invitee.waitForPath("/login");
        }
        try (Browser gone = new Browser(base, "nl-NL")) {
            gone.open("login");
            gone.type("email", email);
            gone.type("password", CHOSEN);
            gone.click("login-submit");
            gone.waitForText("login-message", "Inloggen is niet gelukt");
            gone.open(JourneyDatabase.linkMailedTo(email));
            gone.waitForText("invitation-invalid", "Deze uitnodiging werkt niet (meer)");
        }
    }
}
