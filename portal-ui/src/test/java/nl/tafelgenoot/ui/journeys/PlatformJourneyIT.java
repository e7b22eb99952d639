package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import nl.tafelgenoot.ui.testing.TwoStepCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform operator creates an organisation and its first admin is invited by e-mail; that
 * admin joins, sets up two-step verification and invites an advisor, who joins and logs in. The
 * operator suspends the organisation: the advisor is logged out at the next click, cannot log in
 * again and the booking page is not found; after reactivation both work again. The operator
 * offboards an organisation after retyping its address; its admin downloads everything through
 * the mailed link until the operator calls the offboarding off. The operator reaches no view of an
 * organisation.
 */
@ExtendWith(SharedPortal.class)
class PlatformJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String CHOSEN = "groene tafel in de tuin 58";
    private static final Pattern EXPORT_LINK = Pattern.compile("/(opzegging/[A-Za-z0-9_-]{43})");

    @SharedPortal.Url
    URL base;

    @Test
    void theOperatorCreatesAnOrganisationWhoseAdminInvitesAnAdvisorAndSuspendsIt() throws SQLException {
        String slug = "test-" + UUID.randomUUID();
        String orgName = "Seniorenvereniging Test " + slug.substring(5, 13);
        String adminEmail = "beheer-" + slug + "@example.org";
        String advisorEmail = "adviseur-" + slug + "@example.org";
        try (Browser operator = new Browser(base, "nl-NL"); Browser admin = new Browser(base, "nl-NL");
             Browser advisor = new Browser(base, "nl-NL")) {
            operator.logIn("operator@tafelgenoot.example", PASSWORD, null);
            operator.waitForPath("/platform");
            assertThat(operator.text("nav-platform")).isEqualTo("Organisaties");
            operator.waitForText("org-de-linde-zeist", "Seniorenvereniging De Linde");
            assertThat(operator.text("org-de-linde-zeist-counts")).startsWith("Mensen: ");
            assertThat(operator.exists("nav-clients")).isFalse();
            operator.axe().assertNoSeriousOrCritical();

            operator.type("org-name", orgName);
            operator.select("org-kind", "Seniorenvereniging");
            operator.type("org-slug", "Niet Goed");
            operator.type("org-contact", "info@" + slug + ".example");
            operator.type("org-region", "Utrecht");
            operator.type("org-admin-name", "Bea Beheer");
            operator.type("org-admin-email", adminEmail);
            operator.click("org-create");
            assertThat(operator.fieldError("org-slug")).startsWith("Gebruik alleen kleine letters");
            assertThat(operator.value("org-name")).isEqualTo(orgName);
            assertThat(operator.value("org-admin-email")).isEqualTo(adminEmail);
            operator.type("org-slug", "de-linde-zeist");
            operator.click("org-create");
            assertThat(operator.fieldError("org-slug")).isEqualTo("Dit adres is al in gebruik. Kies een ander.");
            operator.type("org-slug", slug);
            operator.click("org-create");
            operator.waitForText("org-" + slug, orgName);
            assertThat(operator.text("org-" + slug + "-counts")).isEqualTo("Mensen: 0 · Open dossiers: 0 · Opslag (documenten): 0 kB");
            assertThat(operator.text("org-" + slug + "-status")).isEqualTo("Actief");

            admin.open(JourneyDatabase.linkMailedTo(adminEmail));
            admin.waitForText("invitation-title", "Welkom, Bea Beheer");
            admin.type("invitation-password", CHOSEN);
            admin.type("invitation-repeat", CHOSEN);
            admin.click("invitation-accept");
            admin.waitForPath("/login");
            admin.logIn(adminEmail, CHOSEN, null);
            admin.waitForPath("/mijn-inlog");
            TwoStepCodes.setUp(admin, adminEmail);
            admin.click("twofactor-recovery-done");
            admin.open("beheer/mensen");
            admin.waitForPath("/beheer/mensen");
            assertThat(admin.text("current-organisation")).isEqualTo(orgName);
            admin.type("invite-name", "Ad Adviseur");
            admin.type("invite-email", advisorEmail);
            admin.choose("invite-roles", "Adviseur");
            admin.click("invite-send");

            advisor.open(JourneyDatabase.linkMailedTo(advisorEmail));
            advisor.waitForText("invitation-title", "Welkom, Ad Adviseur");
            advisor.type("invitation-password", CHOSEN);
            advisor.type("invitation-repeat", CHOSEN);
            advisor.click("invitation-accept");
            advisor.waitForPath("/login");
            advisor.logIn(advisorEmail, CHOSEN, null);
            advisor.waitForText("start-title", "Mijn werk");

            operator.open("platform");
            operator.waitForText("org-" + slug + "-counts", "Mensen: 2 ");
            operator.click("suspend-" + slug);
            operator.confirm();
            operator.waitForText("org-" + slug + "-status", "Opgeschort");

            advisor.open("");
            advisor.waitForPath("/login");
            refusedAtLogin(advisor, advisorEmail);
            advisor.open("boeken/" + slug);
            advisor.waitForPageText("Niet gevonden");

            operator.click("reactivate-" + slug);
            operator.confirm();
            operator.waitForText("org-" + slug + "-status", "Actief");
            assertThat(operator.text("org-" + slug + "-counts")).startsWith("Mensen: 2 ");

            advisor.logIn(advisorEmail, CHOSEN, null);
            advisor.waitForText("start-title", "Mijn werk");
            advisor.open("boeken/" + slug);
            advisor.waitForPageText(orgName);
            assertThat(advisor.pageContains("Niet gevonden")).isFalse();
        }
    }

    @Test
    void theOperatorOffboardsAnOrganisationWhoseAdminFetchesEverythingAndThenCallsItOff() throws Exception {
        String slug = "weg-" + UUID.randomUUID();
        String orgName = "Vertrekkers " + slug.substring(4, 12);
        String adminEmail = "beheer-" + slug + "@example.org";
        JourneyDatabase.addOrganisation(slug, orgName, "info@" + slug + ".example");
        JourneyDatabase.addAccount(adminEmail, "Bea Beheer", PASSWORD, slug, "ADMIN");
        try (Browser operator = new Browser(base, "nl-NL"); Browser admin = new Browser(base, "nl-NL")) {
            operator.logIn("operator@tafelgenoot.example", PASSWORD, null);
            operator.waitForPath("/platform");
            operator.click("offboard-" + slug);
            operator.waitForText("offboard-start", "Opzeggen en links versturen");
            operator.axe().assertNoSeriousOrCritical();
            operator.type("offboard-confirmation", orgName);
            operator.click("offboard-start");
            assertThat(operator.fieldError("offboard-confirmation"))
                    .isEqualTo("Typ precies het adres van de boekingspagina: " + slug);
            assertThat(operator.value("offboard-confirmation")).as("what was typed stays").isEqualTo(orgName);
            operator.type("offboard-confirmation", slug);
            operator.click("offboard-start");
            operator.waitForText("org-" + slug + "-status", "Opgezegd");
            assertThat(operator.text("org-" + slug + "-offboarding")).contains("Alle gegevens worden verwijderd op")
                    .contains("Links verstuurd: 2; gegevens opgehaald: 0 keer");

            admin.open(JourneyDatabase.linkMailedTo(adminEmail, EXPORT_LINK));
            admin.waitForText("export-title", "Alle gegevens van " + orgName + " ophalen");
            assertThat(admin.text("export-until")).startsWith("Deze link werkt tot ");
            admin.axe().assertNoSeriousOrCritical();
            Set<String> entries = zipEntries(admin, admin.href("export-download"));
            assertThat(entries).contains("LEESMIJ.txt", "organisatie.json", "gegevens/Client.jsonl",
                    "gegevens/AuditEvent.jsonl");
            operator.open("platform");
            operator.waitForText("org-" + slug + "-offboarding", "gegevens opgehaald: 1 keer");

            admin.open("opzegging/" + "x".repeat(43));
            admin.waitForText("export-invalid", "Deze link werkt niet (meer)");

            operator.click("offboard-cancel-" + slug);
            operator.confirm();
            operator.waitForText("org-" + slug + "-status", "Opgeschort");
            admin.open(JourneyDatabase.linkMailedTo(adminEmail, EXPORT_LINK));
            admin.waitForText("export-invalid", "Deze link werkt niet (meer)");
        }
    }

    /** The names of the entries of the ZIP behind a download link, fetched as the browser's session. */
    private static Set<String> zipEntries(Browser browser, String href) throws Exception {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", browser.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void theOperatorReachesNoViewOfAnOrganisation() throws SQLException {
        String clientId = firstPublicId("client");
        String caseId = firstPublicId("support_case");
        String requestId = firstPublicId("intake_request");
        try (Browser operator = new Browser(base, "nl-NL")) {
            operator.logIn("operator@tafelgenoot.example", PASSWORD, null);
            operator.waitForPath("/platform");
            for (String path : new String[] {"clienten/" + clientId, "clienten", "casussen/" + caseId, "casussen",
                    "aanmeldingen/" + requestId, "aanmeldingen", "agenda", "beheer/mensen", "beheer/uitgaande-mail",
                    "beheer/instellingen", "beheer/audittrail", "statistieken", "overzicht"}) {
                operator.open(path);
                operator.waitForPageText("Niet gevonden");
                assertThat(operator.pageContains(clientId)).isFalse();
            }
            operator.open("");
            operator.waitForPath("/platform");
        }
        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            admin.open("platform");
            admin.waitForPageText("Niet gevonden");
            assertThat(admin.exists("organisations")).isFalse();
            assertThat(admin.exists("nav-platform")).isFalse();
        }
    }

    /** The public id of one of De Linde's rows of the table: a real id, not a guess. */
    private static String firstPublicId(String table) throws SQLException {
        try (Connection c = JourneyDatabase.connect();
             PreparedStatement query = c.prepareStatement(
                     "select public_id from " + table + " where tenant_id = ? order by id limit 1")) {
            query.setLong(1, JourneyDatabase.tenantOf(c, "de-linde-zeist"));
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("a row of " + table).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static void refusedAtLogin(Browser browser, String email) {
        browser.open("login");
        browser.type("email", email);
        browser.type("password", CHOSEN);
        browser.click("login-submit");
        browser.waitForText("login-message", "Inloggen is niet gelukt");
    }
}
