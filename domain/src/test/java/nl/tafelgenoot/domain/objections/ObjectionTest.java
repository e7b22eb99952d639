package nl.tafelgenoot.domain.objections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectionTest {

    static final LocalDate DISPATCHED = LocalDate.of(2025, 3, 3);
    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");

    static SupportCase supportCase() {
        return new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist", "Huishoudelijke hulp",
                Set.of(), LocalDate.of(2025, 1, 6));
    }

    static ObjectionInput.Builder input() {
        return new ObjectionInput.Builder();
    }

    private static Objection recorded(ObjectionInput in, ObjectionTimeliness timeliness) {
        Objection objection = new Objection(supportCase());
        objection.record(in, DISPATCHED, timeliness, TODAY, 7L, NOW);
        return objection;
    }

    @Test
    void followsTheRouteFromConsideringThroughHearingToAppeal() {
        Objection objection = recorded(input().received(LocalDate.of(2025, 4, 10)).build(), ObjectionTimeliness.RECEIVED_IN_TIME);
        objection.moveTo(ObjectionState.PRO_FORMA_FILED);
        assertThat(objection.isProForma()).isTrue();
        objection.record(input().received(LocalDate.of(2025, 4, 10)).grounds(LocalDate.of(2025, 5, 1))
                .hearing(LocalDateTime.of(2025, 6, 12, 10, 0)).decided(ObjectionOutcome.REJECTED, LocalDate.of(2025, 7, 1))
                .appeal(LocalDate.of(2025, 7, 20)).build(), DISPATCHED, ObjectionTimeliness.RECEIVED_IN_TIME, TODAY, 7L, NOW);
        for (ObjectionState next : new ObjectionState[] {ObjectionState.GROUNDS_FILED, ObjectionState.HEARING_PLANNED,
                ObjectionState.HEARING_HELD, ObjectionState.DECIDED, ObjectionState.APPEAL_CONSIDERED,
                ObjectionState.APPEAL_FILED, ObjectionState.CLOSED}) {
            objection.moveTo(next);
            assertThat(objection.getState()).isEqualTo(next);
        }
        objection.moveTo(ObjectionState.APPEAL_FILED);
        assertThat(objection.getState()).as("reopened into the state it was closed from").isEqualTo(ObjectionState.APPEAL_FILED);
    }

    @ParameterizedTest
    @CsvSource({
            "CONSIDERING, HEARING_PLANNED", "CONSIDERING, DECIDED", "CONSIDERING, APPEAL_FILED",
            "GROUNDS_FILED, PRO_FORMA_FILED", "HEARING_HELD, HEARING_PLANNED", "DECIDED, GROUNDS_FILED",
            "DECIDED, APPEAL_FILED", "APPEAL_FILED, DECIDED", "CLOSED, DECIDED"})
    void refusesStepsOffTheRoute(ObjectionState from, ObjectionState to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void refusesAStepBeforeItsFactsAreEntered() {
        Objection objection = recorded(ObjectionInput.empty(), null);
        assertThatThrownBy(() -> objection.moveTo(ObjectionState.PRO_FORMA_FILED))
                .isInstanceOfSatisfying(ObjectionStepRefused.class, r -> assertThat(r.missing()).containsExactly("receivedOn"));
        assertThatThrownBy(() -> objection.moveTo(ObjectionState.HEARING_PLANNED))
                .isInstanceOfSatisfying(ObjectionStepRefused.class, r -> assertThat(r.missing()).isEmpty());
        Objection filed = recorded(input().received(LocalDate.of(2025, 4, 10)).build(), ObjectionTimeliness.RECEIVED_IN_TIME);
        filed.moveTo(ObjectionState.PRO_FORMA_FILED);
        assertThat(filed.missingFor(ObjectionState.GROUNDS_FILED)).containsExactly("groundsFiledOn");
        assertThat(filed.missingFor(ObjectionState.DECIDED)).containsExactly("outcome", "decisionDispatchedOn");
        assertThat(filed.getState()).isEqualTo(ObjectionState.PRO_FORMA_FILED);
    }

    @Test
    void aLateObjectionIsRecordedOnlyWithItsExcuse() {
        ObjectionInput late = input().received(LocalDate.of(2025, 4, 15)).build();
        assertThatThrownBy(() -> recorded(late, ObjectionTimeliness.LATE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lateExcuse"));
        Objection excused = recorded(input().received(LocalDate.of(2025, 4, 15)).excuse(LateExcuse.NO_OBJECTION_CLAUSE, null).build(),
                ObjectionTimeliness.LATE);
        assertThat(excused.getLateExcuse()).isEqualTo(LateExcuse.NO_OBJECTION_CLAUSE);
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 4, 15)).excuse(LateExcuse.OTHER, " ").build(),
                ObjectionTimeliness.LATE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lateExcuseText"));
        Objection onTime = recorded(input().received(LocalDate.of(2025, 4, 10)).excuse(LateExcuse.OTHER, "ziek").build(),
                ObjectionTimeliness.RECEIVED_IN_TIME);
        assertThat(onTime.getLateExcuse()).as("no excuse kept for an objection in time").isNull();
    }

    @Test
    void refusesDatesOutOfOrder() {
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 3, 1)).build(), ObjectionTimeliness.RECEIVED_IN_TIME))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("beforeDispatch"));
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 4, 10)).posted(LocalDate.of(2025, 4, 11)).build(),
                ObjectionTimeliness.RECEIVED_IN_TIME))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("postedOn"));
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 4, 10)).grounds(LocalDate.of(2025, 4, 9)).build(),
                ObjectionTimeliness.RECEIVED_IN_TIME))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("groundsFiledOn"));
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 4, 10))
                        .decided(ObjectionOutcome.GRANTED, LocalDate.of(2025, 6, 1)).appeal(LocalDate.of(2025, 5, 30)).build(),
                ObjectionTimeliness.RECEIVED_IN_TIME))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("appealFiledOn"));
        assertThatThrownBy(() -> recorded(input().received(LocalDate.of(2025, 9, 2)).build(), ObjectionTimeliness.RECEIVED_IN_TIME))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("future"));
        Objection noDecision = new Objection(supportCase());
        assertThatThrownBy(() -> noDecision.record(input().received(LocalDate.of(2025, 4, 10)).build(), null,
                ObjectionTimeliness.RECEIVED_IN_TIME, TODAY, 7L, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("noDecision"));
    }
}
