package nl.tafelgenoot.domain.advisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvisorProfileTest {

    private static ProfileInput input(Set<String> areas, Set<String> languages, int max, List<WeeklySlot> slots,
                                      List<Absence> absences) {
        return new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Zeist"), areas, Set.of(Expertise.DEMENTIA), languages, max,
                slots, absences, LocalDate.of(2025, 1, 1));
    }

    private static ProfileRefused refusal(ProfileInput input) {
        AdvisorProfile p = new AdvisorProfile(1);
        try {
            p.update(input);
        } catch (ProfileRefused e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aNewProfileIsApplyingAndSpeaksDutch() {
        AdvisorProfile p = new AdvisorProfile(7);
        assertThat(p.getStatus()).isEqualTo(AdvisorStatus.APPLYING);
        assertThat(p.getLanguages()).containsExactly("nl");
        assertThat(p.getMaxOpenCases()).isEqualTo(AdvisorProfile.DEFAULT_MAX_OPEN_CASES);
    }

    @Test
    void refusesWrongInputNamingTheField() {
        assertThat(refusal(input(Set.of("370"), Set.of(), 5, List.of(), List.of())).field()).isEqualTo("postcodeAreas");
        assertThat(refusal(input(Set.of(), Set.of("xx"), 5, List.of(), List.of())).field()).isEqualTo("languages");
        assertThat(refusal(input(Set.of(), Set.of("Nederlands"), 5, List.of(), List.of())).field()).isEqualTo("languages");
        assertThat(refusal(input(Set.of(), Set.of(), 0, List.of(), List.of())).field()).isEqualTo("maxOpenCases");
        assertThat(refusal(input(Set.of(), Set.of(), 51, List.of(), List.of())).field()).isEqualTo("maxOpenCases");
        assertThat(refusal(input(Set.of(), Set.of(), 5, List.of(), List.of(new Absence(LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), null)))).reason()).isEqualTo("absenceOrder");
        assertThat(refusal(input(Set.of(), Set.of(), 5, List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))), List.of())).reason())
                .isEqualTo("slotOverlap");
        assertThatThrownBy(() -> new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)))
                .isInstanceOf(ProfileRefused.class);
    }

    @Test
    void theAdvisorChangesOnlyTheirOwnPart() {
        AdvisorProfile p = new AdvisorProfile(1);
        p.update(input(Set.of("3701"), Set.of("nl"), 5, List.of(), List.of()));
        p.updateOwn(new OwnProfileInput(Set.of("EN", "nl"), List.of(new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0),
                LocalTime.of(11, 0))), List.of(new Absence(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14), "Vakantie"))));
        assertThat(p.getLanguages()).containsExactly("en", "nl");
        assertThat(p.getAvailability()).hasSize(1);
        assertThat(p.getAbsences()).extracting(AdvisorAbsence::getReason).containsExactly("Vakantie");
        assertThat(p.getMaxOpenCases()).isEqualTo(5);
        assertThat(p.getPostcodeAreas()).containsExactly("3701");
    }

    @Test
    void convertersRoundTrip() {
        var slots = List.of(new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        WeeklySlotsConverter c = new WeeklySlotsConverter();
        assertThat(c.convertToDatabaseColumn(slots)).isEqualTo("MONDAY 09:00-12:00;THURSDAY 13:30-17:00");
        assertThat(c.convertToEntityAttribute(c.convertToDatabaseColumn(slots))).containsExactlyInAnyOrderElementsOf(slots);
        TextSetConverter t = new TextSetConverter();
        assertThat(t.convertToEntityAttribute(t.convertToDatabaseColumn(Set.of("'s-Gravenhage", "Zeist"))))
                .containsExactly("'s-Gravenhage", "Zeist");
        assertThat(t.convertToEntityAttribute("")).isEmpty();
    }

    @Test
    void postcodeAreaOfAPostcode() {
        assertThat(AdvisorProfile.areaOf("3701 AB")).isEqualTo("3701");
        assertThat(AdvisorProfile.areaOf("3701")).isEqualTo("3701");
        assertThat(AdvisorProfile.areaOf("AB")).isNull();
        assertThat(AdvisorProfile.areaOf(null)).isNull();
    }
}
