package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox in a real browser: De Linde's admin finds "Uitgaande e-mail" in the menu, is told no
 * mail server is set up, sees De Linde's mail (and never Samen Verder's), filters by status and
 * reads a message; an advisor has no menu entry and gets "Niet gevonden" at the address; Samen
 * Verder's admin sees only Samen Verder's mail.
 */
@ExtendWith(SharedPortal.class)
class OutboxJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String MENU = "Uitgaande e-mail";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdminReadsTheOrganisationsOutboxAndNobodyElseDoes() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lindePending = "Herinnering: bezwaartermijn casus 2026-0042 " + run;
        String lindeSent = "Herinnering: hoorzitting " + run;
        String samenPending = "Herinnering Samen Verder " + run;
        String body = "Beste Anna,\n\nDe bezwaartermijn van casus 2026-0042 verloopt over 7 dagen. " + run;
        String error = "MailConnectException: Couldn't connect to host, port: smtp.example.nl, 587; timeout 30000";
        insert("de-linde-zeist", "a:" + run, lindePending, body, "PENDING", 3, error);
        insert("de-linde-zeist", "b:" + run, lindeSent, "Tot dinsdag.", "SENT", 0, null);
        insert("samen-verder", "a:" + run, samenPending, "Niet voor De Linde.", "PENDING", 0, null);

        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            assertThat(admin.text("nav-outbox")).isEqualTo(MENU);
            admin.click("nav-outbox");
            admin.waitForPath("/beheer/uitgaande-mail");
            admin.waitForText("outbox-no-server", "Er is geen mailserver ingesteld; berichten blijven hier staan");
            admin.waitForGridText("outbox", lindePending);
            assertThat(admin.gridTexts("outbox")).contains(lindeSent, "Wacht op verzending", "Verstuurd", "Anna Visser", "3×")
                    .doesNotContain(samenPending)
                    .anyMatch(text -> text.startsWith("MailConnectException: Couldn't connect") && text.endsWith("…"));

            admin.select("outbox-status", "Verstuurd");
            admin.waitForGridText("outbox", lindeSent);
            assertThat(admin.gridTexts("outbox")).doesNotContain(lindePending);
            admin.select("outbox-status", "Alle berichten");
            admin.waitForGridText("outbox", lindePending);

            admin.clickGridRow("outbox", lindePending);
            admin.waitForText("outbox-body", "verloopt over 7 dagen. " + run);
            assertThat(admin.text("outbox-subject")).isEqualTo(lindePending);
            assertThat(admin.text("outbox-to")).contains("anna.visser@delinde.example");
            assertThat(admin.text("outbox-error")).isEqualTo("Mislukte pogingen: 3. Laatste fout: " + error);
        }

        try (Browser advisor = new Browser(base, "nl-NL")) {
            advisor.logIn("anna.visser@delinde.example", PASSWORD, null);
            assertThat(advisor.exists("nav-outbox")).as("no menu entry for an advisor").isFalse();
            assertThat(advisor.pageContains(MENU)).isFalse();
            advisor.open("beheer/uitgaande-mail");
            advisor.waitForText("not-found", "Niet gevonden");
            assertThat(advisor.pageContains(lindePending)).isFalse();
        }

        try (Browser otherAdmin = new Browser(base, "nl-NL")) {
            otherAdmin.logIn("beheerder@samenverder.example", PASSWORD, null);
            otherAdmin.open("beheer/uitgaande-mail");
            otherAdmin.waitForGridText("outbox", samenPending);
            assertThat(otherAdmin.gridTexts("outbox")).doesNotContain(lindePending, lindeSent);
        }
    }

    /**
     * A mail as the outbox stores it, queued now (so it is at the top of the list); a waiting one is
     * due only in a year, so no sender of another test touches it.
     */
    private static void insert(String organisation, String key, String subject, String body, String status,
                               int attempts, String lastError) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection c = JourneyDatabase.connect();
             PreparedStatement insert = c.prepareStatement("insert into mail_outbox (tenant_id, dedup_key,"
                     + " recipient_address, recipient_name, subject, body_text, status, attempts, next_attempt_at,"
                     + " queued_at, sent_at, last_error) values (?, ?, 'anna.visser@delinde.example', 'Anna Visser', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, JourneyDatabase.tenantOf(c, organisation));
            insert.setString(2, "journey:" + key);
            insert.setString(3, subject);
            insert.setString(4, body);
            insert.setString(5, status);
            insert.setInt(6, attempts);
            insert.setTimestamp(7, "PENDING".equals(status) ? Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusYears(1)) : null);
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, "SENT".equals(status) ? now : null);
            insert.setString(10, lastError);
            insert.executeUpdate();
        }
    }
}
