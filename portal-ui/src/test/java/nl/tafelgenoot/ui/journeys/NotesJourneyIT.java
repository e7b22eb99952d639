package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import nl.tafelgenoot.ui.testing.UniqueText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shared notes and agreements in a real browser: two advisors on Johanna van Dijk's case see each
 * other's notes, and two people editing one note at once both keep their text.
 */
@ExtendWith(SharedPortal.class)
class NotesJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String ANNA = "anna.visser@delinde.example";
    private static final String EVA = "eva.dekker@example.org";

    @SharedPortal.Url
    URL base;

    private Browser dutch() {
        return new Browser(base, "nl-NL");
    }

    private static void logIn(Browser browser, String email) {
        browser.open("login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.click("login-submit");
        if (EVA.equals(email)) {
            browser.waitForPath("/organisatie-kiezen");
            browser.click("organisation-de-linde-zeist");
        }
        browser.waitForPath("/");
        browser.waitForText("start-title", "Mijn werk");
    }

    @Test
    void twoAdvisorsOnACaseShareNotesAndAgreements() throws SQLException {
        String caseId = johannasDemoCase();
        String annasNote = "Anna: dochter doet de boodschappen, " + UniqueText.letters();
        String agreement = "Offerte traplift opvragen " + UniqueText.letters();
        String evasNote = "Eva: apart gesprek met de dochter, " + UniqueText.letters();
        try (Browser anna = dutch(); Browser eva = dutch()) {
            logIn(anna, ANNA);
            anna.open("clienten");
            anna.clickLink("Johanna van Dijk");
            anna.waitForText("client-name", "Johanna van Dijk");
            anna.clickLinkTo(caseId);
            anna.waitForPath("/casussen/" + caseId);
            anna.waitForText("notes-section", "Notities");

            anna.scrollAndClick("add-note");
            anna.waitForText("new-note-problem", "Niet alles is goed ingevuld");
            assertThat(anna.fieldError("new-note")).contains("Schrijf eerst iets");

            anna.type("new-note", annasNote);
            anna.scrollAndClick("add-note");
            anna.waitForText("notes", annasNote);
            assertThat(anna.text("notes")).contains("Anna Visser");

            anna.type("task-what", agreement);
            LocalDate due = LocalDate.now().plusDays(7);
            anna.typeAndEnter("task-due", due.getDayOfMonth() + "-" + due.getMonthValue() + "-" + due.getYear());
            anna.scrollAndClick("add-task");
            anna.waitForText("tasks", agreement);
            assertThat(anna.text("tasks")).contains("Anna Visser", "uiterlijk");

            logIn(eva, EVA);
            eva.open("casussen/" + caseId);
            eva.waitForText("notes", annasNote);
            assertThat(eva.text("tasks")).contains(agreement);
            eva.type("new-note", evasNote);
            eva.scrollAndClick("add-note");
            eva.waitForText("notes", evasNote);

            anna.open("casussen/" + caseId);
            anna.waitForText("notes", evasNote);
            assertThat(anna.text("notes")).contains("Eva Dekker", annasNote);
        }
    }

    @Test
    void twoPeopleEditingOneNoteBothKeepTheirText() throws SQLException {
        String caseId = johannasDemoCase();
        String original = "Afspraak keukentafelgesprek " + UniqueText.letters();
        try (Browser anna = dutch(); Browser eva = dutch()) {
            logIn(anna, ANNA);
            anna.open("casussen/" + caseId);
            anna.type("new-note", original);
            anna.scrollAndClick("add-note");
            anna.waitForText("notes", original);
            long noteId = noteId(original);
            String note = "note-" + noteId;

            logIn(eva, EVA);
            eva.open("casussen/" + caseId);
            eva.waitForText(note + "-text", original);

            anna.scrollAndClick("edit-" + note);
            eva.scrollAndClick("edit-" + note);
            String annas = original + " Anna: ergotherapeut komt op 12 maart.";
            String evas = original + " Eva: dochter wil een apart gesprek.";
            anna.type(note + "-editor", annas);
            eva.type(note + "-editor", evas);

            anna.scrollAndClick("save-" + note);
            anna.waitForText(note + "-text", annas);

            eva.scrollAndClick("save-" + note);
            eva.waitForText(note + "-problem", "Anna Visser heeft deze notitie intussen gewijzigd");
            assertThat(eva.value(note + "-editor")).isEqualTo(evas);
            assertThat(eva.value(note + "-current")).isEqualTo(annas);

            String merged = annas + " Eva: dochter wil een apart gesprek.";
            eva.type(note + "-editor", merged);
            eva.scrollAndClick("save-" + note);
            eva.waitForText(note + "-text", merged);
            assertThat(eva.text(note + "-meta")).contains("bewerkt door Eva Dekker");
        }
    }

    private static Connection database() throws SQLException {
        return JourneyDatabase.connect();
    }

    /** The demo case of Johanna van Dijk that Anna and Eva both work on. */
    private static String johannasDemoCase() throws SQLException {
        try (Connection c = database();
             var statement = c.prepareStatement("select s.public_id from support_case s"
                     + " join client c on c.tenant_id = s.tenant_id and c.id = s.client_id"
                     + " join organisation o on o.id = s.tenant_id"
                     + " where o.slug = 'de-linde-zeist' and c.given_name = 'Johanna' and c.surname = 'Dijk'"
                     + " and s.request_text like 'Sinds mijn heupoperatie%' order by s.id limit 1")) {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long noteId(String text) throws SQLException {
        try (Connection c = database();
             var statement = c.prepareStatement("select id from case_note where note_text = ?")) {
            statement.setString(1, text);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
