package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advisor profiles in a real browser: De Linde's coordinator finds "Adviseurs" in the menu, opens
 * Eva Dekker's profile, types a wrong postcode area and reads the Dutch message next to the field
 * with the typed text still there, corrects it and sees it in the list. An advisor has "Mijn
 * profiel" instead, and "Niet gevonden" at the coordinator's address.
 */
@ExtendWith(SharedPortal.class)
class AdvisorProfilesJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @SharedPortal.Url
    URL base;

    @Test
    void theCoordinatorKeepsAProfileAndAnAdvisorOnlyTheirOwn() {
        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn("coordinator@delinde.example", PASSWORD, null);
            assertThat(coordinator.text("nav-advisors")).isEqualTo("Adviseurs");
            assertThat(coordinator.exists("nav-own-profile")).isFalse();
            coordinator.click("nav-advisors");
            coordinator.waitForPath("/adviseurs");
            coordinator.waitForGridText("advisors", "Eva Dekker");
            assertThat(coordinator.gridTexts("advisors")).contains("Anna Visser", "Pieter Smit")
                    .doesNotContain("Sanne Bos");

            coordinator.clickGridRow("advisors", "Eva Dekker");
            coordinator.waitForText("advisor-form", "Profiel van Eva Dekker");
            coordinator.type("advisor-postcode-areas", "37");
            coordinator.click("advisor-save");
            assertThat(coordinator.fieldError("advisor-postcode-areas"))
                    .isEqualTo("Een postcodegebied bestaat uit vier cijfers, bijvoorbeeld 3701.");
            assertThat(coordinator.value("advisor-postcode-areas")).isEqualTo("37");

            coordinator.type("advisor-postcode-areas", "3701");
            coordinator.click("advisor-save");
            coordinator.waitForPageText("Het profiel is opgeslagen.");
            assertThat(coordinator.gridTexts("advisors")).anyMatch(text -> text.contains("3701"));
        }

        try (Browser advisor = new Browser(base, "nl-NL")) {
            advisor.logIn("anna.visser@delinde.example", PASSWORD, null);
            assertThat(advisor.exists("nav-advisors")).isFalse();
            advisor.open("adviseurs");
            advisor.waitForText("not-found", "Niet gevonden");
            advisor.open("mijn-profiel");
            advisor.waitForText("own-kept", "Door de coördinator bijgehouden");
            assertThat(advisor.exists("own-save")).isTrue();
            assertThat(advisor.exists("advisor-max")).isFalse();
        }
    }
}
