package nl.tafelgenoot.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportCaseTest {

    private static final LocalDate MELDING = LocalDate.of(2026, 3, 2);

    private static SupportCase newCase() {
        SupportCase c = new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist",
                "Ik kan niet meer zelf douchen.", Set.of(LifeDomain.PERSONAL_CARE), MELDING);
        c.open(2026, 42, Instant.parse("2026-03-02T09:00:00Z"));
        return c;
    }

    @Test
    void theReferenceIsTheYearAndAFourDigitNumber() {
        assertThat(newCase().getReference()).isEqualTo("2026-0042");
    }

    @Test
    void aCaseFollowsItsRouteStepByStep() {
        SupportCase c = newCase();
        c.moveTo(CasePhase.PREPARATION);
        c.moveTo(CasePhase.INTERVIEW);
        c.moveTo(CasePhase.REPORT);
        c.moveTo(CasePhase.DECISION);
        assertThat(c.getPhase()).isEqualTo(CasePhase.DECISION);
        assertThat(c.possibleNextPhases()).containsExactlyInAnyOrder(CasePhase.REPORT, CasePhase.OBJECTION, CasePhase.CLOSED);
    }

    @ParameterizedTest
    @CsvSource({"NOTIFICATION,INTERVIEW", "NOTIFICATION,DECISION", "PREPARATION,REPORT", "NOTIFICATION,OBJECTION"})
    void skippingPhasesIsRefused(CasePhase from, CasePhase to) {
        SupportCase c = newCase();
        while (c.getPhase() != from) {
            c.moveTo(CasePhase.values()[c.getPhase().ordinal() + 1]);
        }
        assertThatThrownBy(() -> c.moveTo(to)).isInstanceOf(PhaseChangeRefused.class);
        assertThat(c.getPhase()).isEqualTo(from);
    }

    @Test
    void aClosedCaseCanOnlyBeReopenedIntoThePhaseItWasClosedFrom() {
        SupportCase c = newCase();
        c.moveTo(CasePhase.PREPARATION);
        c.moveTo(CasePhase.CLOSED);
        assertThat(c.possibleNextPhases()).containsExactly(CasePhase.PREPARATION);
        assertThatThrownBy(() -> c.moveTo(CasePhase.INTERVIEW)).isInstanceOf(PhaseChangeRefused.class);
        c.moveTo(CasePhase.PREPARATION);
        assertThat(c.getPhase()).isEqualTo(CasePhase.PREPARATION);
    }

    @Test
    void datesOfTheRouteMustFollowEachOther() {
        SupportCase c = newCase();
        assertThatThrownBy(() -> c.recordDates(MELDING, MELDING.minusDays(1), null, null))
                .isInstanceOf(DatesOutOfOrder.class).extracting("field").isEqualTo("interviewOn");
        assertThatThrownBy(() -> c.recordDates(MELDING, null, MELDING.plusDays(3), null))
                .isInstanceOf(DatesOutOfOrder.class).extracting("field").isEqualTo("reportReceivedOn");
        assertThatThrownBy(() -> c.recordDates(MELDING, MELDING.plusDays(10), MELDING.plusDays(9), null))
                .isInstanceOf(DatesOutOfOrder.class).extracting("field").isEqualTo("reportReceivedOn");

        c.recordDates(MELDING, MELDING.plusDays(20), MELDING.plusDays(30), MELDING.plusDays(31));
        assertThat(c.getReportReceivedOn()).isEqualTo(MELDING.plusDays(30));
    }

    @Test
    void aCaseIsOpenedOnlyOnce() {
        SupportCase c = newCase();
        assertThatThrownBy(() -> c.open(2026, 43, Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lifeDomainsSurviveTheirColumn() {
        LifeDomainsConverter converter = new LifeDomainsConverter();
        String stored = converter.convertToDatabaseColumn(Set.of(LifeDomain.MEALS, LifeDomain.HOUSEHOLD));
        assertThat(stored).isEqualTo("HOUSEHOLD,MEALS");
        assertThat(converter.convertToEntityAttribute(stored)).containsExactlyInAnyOrder(LifeDomain.MEALS, LifeDomain.HOUSEHOLD);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }
}
