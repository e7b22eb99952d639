package nl.tafelgenoot.domain.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationSettingsTest {

    private static final OrganisationSettings GOOD = new OrganisationSettings(BookingConfirmation.ADVISOR_DIRECTLY,
            "#2e6b30", "Wij helpen u graag.", "Slotlaan 12, 3701 GB Zeist", "030-691 23 45", 36);

    @Test
    void sensibleSettingsPass() {
        assertThatCode(() -> OrganisationSettingsService.check(GOOD)).doesNotThrowAnyException();
        assertThatCode(() -> OrganisationSettingsService.check(new OrganisationSettings(
                BookingConfirmation.COORDINATOR_FIRST, " #FFFFFF ", null, "", "", 120))).doesNotThrowAnyException();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        SettingsRefused refused = catchThrowableOfType(SettingsRefused.class, () -> OrganisationSettingsService.check(
                new OrganisationSettings(null, "groen", "x".repeat(1001), "y".repeat(201), "12345", 0)));
        assertThat(refused.reasons()).isEqualTo(Map.of("confirmation", "required", "brandColour", "colour",
                "bookingIntro", "introTooLong", "officeAddress", "officeTooLong", "phone", "phone",
                "vogMaxAgeMonths", "vogRange"));
    }

    @Test
    void theLimitsAreInclusive() {
        assertThatCode(() -> OrganisationSettingsService.check(new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST,
                "#000000", "x".repeat(1000), "y".repeat(200), null, 1))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(SettingsRefused.class, () -> OrganisationSettingsService.check(
                new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST, "#000000", null, null, null, 121)))
                .reasons()).containsOnlyKeys("vogMaxAgeMonths");
        assertThat(catchThrowableOfType(SettingsRefused.class, () -> OrganisationSettingsService.check(
                new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST, "#00000", null, null, null, 36)))
                .reasons()).containsOnlyKeys("brandColour");
    }

    @Test
    void theRetentionPeriodIsAMonthToTwentyYearsAndTwentyFourByDefault() {
        assertThat(GOOD.retentionMonths()).isEqualTo(24);
        assertThatCode(() -> OrganisationSettingsService.check(new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST,
                "#000000", null, null, null, 36, 1))).doesNotThrowAnyException();
        assertThatCode(() -> OrganisationSettingsService.check(new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST,
                "#000000", null, null, null, 36, 240))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(SettingsRefused.class, () -> OrganisationSettingsService.check(
                new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST, "#000000", null, null, null, 36, 0)))
                .reasons()).isEqualTo(Map.of("retentionMonths", "retentionRange"));
        assertThat(catchThrowableOfType(SettingsRefused.class, () -> OrganisationSettingsService.check(
                new OrganisationSettings(BookingConfirmation.COORDINATOR_FIRST, "#000000", null, null, null, 36, 241)))
                .reasons()).isEqualTo(Map.of("retentionMonths", "retentionRange"));
    }
}
