package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * De Linde's admin keeps the organisation's settings: every wrong field is marked at once with
 * nothing typed lost, a good change stays after a reload and shows in the audit trail, Samen
 * Verder's admin keeps seeing Samen Verder's own settings, and a coordinator has no such screen.
 * The original settings are put back at the end, since other journeys book at De Linde.
 */
@ExtendWith(SharedPortal.class)
class SettingsJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";
    private static final String INTRO = "Welkom bij De Linde. Wij komen graag bij u thuis.";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdminKeepsTheOrganisationsSettingsAndNoOtherOrganisationsChange() {
        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            admin.click("nav-settings");
            admin.waitForPath("/beheer/instellingen");
            assertThat(admin.value("settings-colour")).isEqualTo("#2E6B30");
            String originalIntro = admin.value("settings-intro");
            String originalOffice = admin.value("settings-office");
            String originalPhone = admin.value("settings-phone");
            admin.axe().assertNoSeriousOrCritical();
            assertThat(admin.href("settings-booking-page")).endsWith("/boeken/de-linde-zeist");

            admin.type("settings-colour", "donkergroen");
            admin.type("settings-phone", "12345");
            admin.type("settings-intro", INTRO);
            admin.type("settings-vog", "240");
            assertThat(admin.value("settings-retention")).isEqualTo("24");
            assertThat(admin.exists("retention-log")).isTrue();
            admin.type("settings-retention", "0");
            admin.click("settings-save");
            assertThat(admin.fieldError("settings-colour")).startsWith("Schrijf de kleur als #");
            assertThat(admin.fieldError("settings-phone")).startsWith("Dit is geen Nederlands telefoonnummer.");
            assertThat(admin.fieldError("settings-vog")).isEqualTo("Vul een aantal maanden in van 1 tot en met 120.");
            assertThat(admin.fieldError("settings-retention")).isEqualTo("Vul een aantal maanden in van 1 tot en met 240.");
            assertThat(admin.value("settings-intro")).as("nothing typed is lost").isEqualTo(INTRO);

            admin.type("settings-colour", "#1a4d8f");
            admin.type("settings-phone", "030 691 23 45");
            admin.type("settings-office", "Slotlaan 12, 3701 GB Zeist");
            admin.type("settings-vog", "36");
            admin.type("settings-retention", "30");
            admin.click("settings-save");
            admin.waitForPageText("De instellingen zijn opgeslagen.");
            admin.open("beheer/instellingen");
            assertThat(admin.value("settings-colour")).isEqualTo("#1A4D8F");
            assertThat(admin.value("settings-intro")).isEqualTo(INTRO);
            assertThat(admin.value("settings-office")).isEqualTo("Slotlaan 12, 3701 GB Zeist");
            assertThat(admin.fieldError("settings-colour")).isEmpty();
            assertThat(admin.value("settings-retention")).isEqualTo("30");

            admin.click("nav-audit");
            admin.waitForGridText("audit", "Instellingen van de organisatie gewijzigd");

            try (Browser other = new Browser(base, "nl-NL")) {
                other.logIn("beheerder@samenverder.example", PASSWORD, null);
                other.open("beheer/instellingen");
                assertThat(other.value("settings-colour")).isEqualTo("#6A2E7F");
                assertThat(other.value("settings-intro")).isNotEqualTo(INTRO);
                assertThat(other.href("settings-booking-page")).endsWith("/boeken/samen-verder");
                assertThat(other.value("settings-retention")).isEqualTo("24");
            }

            admin.open("beheer/instellingen");
            admin.type("settings-colour", "#2E6B30");
            admin.type("settings-intro", originalIntro);
            admin.type("settings-office", originalOffice);
            admin.type("settings-phone", originalPhone);
            admin.type("settings-retention", "24");
            admin.click("settings-save");
            admin.waitForPageText("De instellingen zijn opgeslagen.");
        }

        try (Browser coordinator = new Browser(base, "nl-NL")) {
            coordinator.logIn("coordinator@delinde.example", PASSWORD, null);
            assertThat(coordinator.exists("nav-settings")).isFalse();
            coordinator.open("beheer/instellingen");
            coordinator.waitForText("not-found", "Niet gevonden");
        }
    }

    @Test
    void anAdminSetsTheLetterheadWithALogoAndSamenVerderDoesNotSeeIt() throws java.io.IOException {
        java.nio.file.Path logo = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("geen-logo", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(90, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", logo.toFile());
        java.nio.file.Files.writeString(fake, "%PDF-1.7 dit is geen afbeelding");
        try (Browser admin = new Browser(base, "nl-NL")) {
            admin.logIn("beheerder@delinde.example", PASSWORD, null);
            admin.open("beheer/instellingen");
            String originalName = admin.value("settings-letterhead-name");
            String originalAddress = admin.value("settings-letterhead-address");
            assertThat(admin.isShown("settings-letterhead-logo-preview")).isFalse();

            admin.type("settings-letterhead-name", "Seniorenvereniging De Linde (brief)");
            admin.type("settings-letterhead-address", "Postbus 12\n3700 AA  Zeist");
            admin.upload("settings-letterhead-logo", fake);
            admin.waitForText("settings-letterhead-logo-error", "Dit bestand is geen PNG- of JPEG-afbeelding.");
            admin.upload("settings-letterhead-logo", logo);
            admin.waitForImage("settings-letterhead-logo-preview");
            admin.click("settings-letterhead-save");
            admin.waitForPageText("Het briefhoofd en het werkgebied zijn opgeslagen.");
            admin.axe().assertNoSeriousOrCritical();

            admin.open("beheer/instellingen");
            assertThat(admin.value("settings-letterhead-name")).isEqualTo("Seniorenvereniging De Linde (brief)");
            assertThat(admin.value("settings-letterhead-address")).isEqualTo("Postbus 12\n3700 AA  Zeist");
            admin.waitForImage("settings-letterhead-logo-preview");

            try (Browser other = new Browser(base, "nl-NL")) {
                other.logIn("beheerder@samenverder.example", PASSWORD, null);
                other.open("beheer/instellingen");
                assertThat(other.value("settings-letterhead-name")).isNotEqualTo("Seniorenvereniging De Linde (brief)");
                assertThat(other.isShown("settings-letterhead-logo-preview")).isFalse();
            }

            admin.type("settings-letterhead-name", originalName);
            admin.type("settings-letterhead-address", originalAddress);
            admin.click("settings-letterhead-logo-remove");
            admin.click("settings-letterhead-save");
            admin.waitForPageText("Het briefhoofd en het werkgebied zijn opgeslagen.");
        }
    }
}
