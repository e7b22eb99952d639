package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The advisor's day in a real browser: Anna logs in and lands on "Mijn werk", where the portal has
 * put the task to chase the late report of Cornelis Bakker's interview and marks the case overdue;
 * she opens the case, enters the date the report came in (which closes the chase task), records
 * where the report is wrong and that the client signed it, saves, and finds it all kept.
 */
@ExtendWith(SharedPortal.class)
class StartPageJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String CHASE_TEXT = "Vraag de gemeente om het verslag";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdvisorSeesHerLateReportOnTheStartPageAndChecksTheReport() throws SQLException {
        String caseId = cornelisDemoCase();
        String difference = "Er staat dat meneer zelf kan koken " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now();
        String typedToday = today.getDayOfMonth() + "-" + today.getMonthValue() + "-" + today.getYear();
        try (Browser anna = new Browser(base, "nl-NL")) {
            anna.open("login");
            anna.type("email", "anna.visser@delinde.example");
            anna.type("password", PASSWORD);
            anna.click("login-submit");
            anna.waitForPath("/");
            anna.waitForText("start-title", "Mijn werk");

            // The job runs a few seconds after start-up; the task may need a moment to appear.
            anna.reopenUntilPageContains("", CHASE_TEXT);
            long chaseTask = chaseTaskOf(caseId);
            assertThat(anna.text("start-task-" + chaseTask)).contains("Cornelis Bakker");
            assertThat(anna.text("start-task-" + chaseTask + "-overdue")).isEqualTo("Te laat");
            assertThat(anna.text("start-deadline-" + caseId)).contains("W3", "Verlopen");
            assertThat(anna.exists("start-deadline-" + caseId + "-overdue")).isTrue();
            assertThat(anna.text("start-interviews")).contains("Johanna van Dijk", "10:00");

            anna.clickLinkTo(caseId);
            anna.waitForPath("/casussen/" + caseId);
            anna.waitForText("report-not-received", "nog niet binnen");
            assertThat(anna.text("task-" + chaseTask)).contains(CHASE_TEXT, "Cliëntadviseurs van deze casus");

            anna.typeAndEnter("reportReceivedOn", typedToday);
            anna.scrollAndClick("save-dates");
            anna.waitForText("report-received", "Verslag ontvangen op");
            assertThat(anna.text("task-" + chaseTask)).contains("Automatisch afgesloten");

            anna.type("report-difference-text", difference);
            anna.type("report-difference-correction", "Hij kan niet meer zelf koken.");
            anna.scrollAndClick("report-add-difference");
            anna.waitForText("report-differences", difference);
            assertThat(anna.text("report-unsaved")).isEqualTo("Nog niet opgeslagen.");
            anna.scrollAndClick("report-signed-SIGNED");
            anna.typeAndEnter("report-signed-on", typedToday);
            anna.scrollAndClick("report-save");
            anna.waitForText("report-checked-by", "Anna Visser");

            anna.open("casussen/" + caseId);
            anna.waitForText("report-differences", difference);
            assertThat(anna.text("report-differences")).contains("Gezegd of afgesproken: Hij kan niet meer zelf koken.");
            assertThat(anna.value("report-signed-on")).isEqualTo(typedToday);
            assertThat(anna.text("report-checked-by")).contains("Anna Visser");

            anna.open("");
            anna.waitForText("start-title", "Mijn werk");
            assertThat(anna.exists("start-task-" + chaseTask)).as("the closed chase task left the start page").isFalse();
        }
    }

    @Test
    void someoneWhoDoesNotWorkOnCasesStillStartsAtTheClientList() {
        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            admin.waitForPath("/clienten");
            assertThat(admin.exists("start-title")).isFalse();
        }
    }

    private static Connection database() throws SQLException {
        return JourneyDatabase.connect();
    }

    /** Cornelis Bakker's demo case: Anna's, interview held 20 days before the first start, no report. */
    private static String cornelisDemoCase() throws SQLException {
        return single("select s.public_id from support_case s join client c on c.tenant_id = s.tenant_id"
                + " and c.id = s.client_id join organisation o on o.id = s.tenant_id where o.slug = 'de-linde-zeist'"
                + " and c.given_name = 'Cornelis' and c.surname = 'Bakker' and s.request_text like 'Het huishouden%'"
                + " order by s.id limit 1");
    }

    private static long chaseTaskOf(String casePublicId) throws SQLException {
        return Long.parseLong(single("select t.id from case_task t join support_case s on s.tenant_id = t.tenant_id"
                + " and s.id = t.case_id where t.source = 'REPORT_CHASE' and s.public_id = '" + casePublicId + "'"));
    }

    private static String single(String sql) throws SQLException {
        try (Connection c = database(); var statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
