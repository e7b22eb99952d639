package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's coordinator opens a client; De Linde's admin finds that in the audit trail by person
 * and by client number, is told at the field when the period runs backwards or the number is not
 * a client of theirs; Samen Verder's admin sees none of it; a coordinator has no audit trail.
 */
@ExtendWith(SharedPortal.class)
class AuditTrailJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String COORDINATOR = "Ineke Mulder";
    private static final String VIEWED = "Cliëntgegevens bekeken";

    @SharedPortal.Url
    URL base;

    private static String typed(LocalDate day) {
        return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }

    @Test
    void anAdminFindsWhoOpenedAClientAndNothingOfAnotherOrganisation() {
        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn("coordinator@delinde.example", PASSWORD, null);
            assertThat(coordinator.exists("nav-audit")).as("a coordinator reads a client's trail, not the whole").isFalse();
            coordinator.open("beheer/audittrail");
            coordinator.waitForText("not-found", "Niet gevonden");
            coordinator.open("clienten");
            coordinator.waitForGridText("clients", "Johanna van Dijk");
            coordinator.clickLink("Johanna van Dijk");
            coordinator.waitForPageText("Johanna van Dijk");
        }

        String number;
        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            admin.click("nav-audit");
            admin.waitForPath("/beheer/audittrail");
            admin.pick("audit-person", COORDINATOR);
            admin.click("audit-search");
            admin.waitForGridText("audit", VIEWED);
            admin.axe().assertNoSeriousOrCritical();
            assertThat(admin.gridTexts("audit")).contains(COORDINATOR).doesNotContain("Anna Visser", "Johanna van Dijk");
            number = admin.gridTexts("audit").stream().filter(t -> t.matches("\\d+")).findFirst().orElseThrow();

            admin.type("audit-client", number);
            admin.click("audit-search");
            admin.waitForGridText("audit", VIEWED);
            assertThat(admin.text("audit-count")).matches("\\d+ regels?");

            LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            admin.typeAndEnter("audit-from", typed(today.plusDays(1)));
            admin.click("audit-search");
            assertThat(admin.fieldError("audit-from")).isEqualTo("De eerste dag ligt na de laatste dag.");
            assertThat(admin.value("audit-client")).as("nothing typed is lost").isEqualTo(number);
            assertThat(admin.gridTexts("audit")).as("no rows under a refused search").doesNotContain(VIEWED, COORDINATOR);

            admin.typeAndEnter("audit-from", typed(today.minusDays(7)));
            admin.type("audit-client", "999999");
            admin.click("audit-search");
            assertThat(admin.fieldError("audit-client")).isEqualTo("Uw organisatie heeft geen cliënt met dit nummer.");
        }

        try (Browser other = new Browser(base, "nl-NL")) {
            other.logIn("beheerder@samenverder.example", PASSWORD, null);
            other.click("nav-audit");
            other.waitForPath("/beheer/audittrail");
            other.click("audit-search");
            assertThat(other.gridTexts("audit")).doesNotContain(COORDINATOR, VIEWED + " " + number);
        }
    }
}
