package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouthCareDeadlinesTest {

    private final YouthCareDeadlines youthCare = new YouthCareDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    @Test
    void withoutAMunicipalTermTheDecisionIsDueAtMostEightWeeksLaterLengthenedPastKingsDay() {
        ComputedDate decision = youthCare.decision(LocalDate.of(2026, 3, 2), Optional.empty());
        assertThat(decision.nominalDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(decision.date()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(decision.ruleId()).isEqualTo("J1");
        assertThat(decision.articles()).isEqualTo("Jeugdwet 2.9; Awb 4:13");
        assertThat(decision.computedFrom())
                .containsExactly(new TriggerDate(Trigger.YOUTH_CARE_REQUEST_RECEIVED, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void theMunicipalTermReplacesTheEightWeeks() {
        assertThat(youthCare.decision(LocalDate.of(2026, 3, 2), Optional.of(Term.weeks(6))).date())
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void aMunicipalTermLongerThanEightWeeksIsNotCapped() {
        assertThat(youthCare.decision(LocalDate.of(2026, 3, 2), Optional.of(Term.weeks(10))).date())
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }
}
