package nl.tafelgenoot.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class CaseTaskTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory().getValidator();
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final SupportCase supportCase = new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist",
            "Hulp bij douchen", Set.of(LifeDomain.PERSONAL_CARE), LocalDate.of(2026, 3, 1));

    private CaseTask task(TaskParty party, Long advisor, LocalDate due) {
        return new CaseTask(supportCase, TaskSource.AGREEMENT, "Offerte traplift opvragen", party, advisor, due, 7, NOW);
    }

    @Test
    void anOpenTaskIsOverdueFromTheDayAfterItsDueDate() {
        CaseTask task = task(TaskParty.CLIENT, null, DUE);
        assertThat(task.isOverdue(DUE.minusDays(1))).isFalse();
        assertThat(task.isOverdue(DUE)).as("due today").isFalse();
        assertThat(task.isOverdue(DUE.plusDays(1))).isTrue();
    }

    @Test
    void aDoneTaskIsNeverOverdueAndCanBeReopened() {
        CaseTask task = task(TaskParty.CLIENT, null, DUE);
        task.markDone(7, NOW);
        assertThat(task.isDone()).isTrue();
        assertThat(task.isOverdue(DUE.plusDays(30))).isFalse();
        task.reopen();
        assertThat(task.isDone()).isFalse();
        assertThat(task.isOverdue(DUE.plusDays(30))).isTrue();
    }

    @Test
    void anAdvisorsTaskNamesTheAdvisorOthersDoNot() {
        assertThat(VALIDATOR.validate(task(TaskParty.ADVISOR, null, DUE))).isNotEmpty();
        assertThat(VALIDATOR.validate(task(TaskParty.ADVISOR, 7L, DUE))).isEmpty();
        CaseTask carer = task(TaskParty.INFORMAL_CARER, 7L, DUE);
        assertThat(carer.getAdvisorAccountId()).isNull();
        assertThat(VALIDATOR.validate(carer)).isEmpty();
    }

    @Test
    void whatAndWhenAreRequiredAndNoBsn() {
        assertThat(VALIDATOR.validate(task(TaskParty.CLIENT, null, null))).isNotEmpty();
        assertThat(VALIDATOR.validate(new CaseTask(supportCase, TaskSource.AGREEMENT, " ", TaskParty.CLIENT, null,
                DUE, 7, NOW))).isNotEmpty();
        assertThat(VALIDATOR.validate(new CaseTask(supportCase, TaskSource.AGREEMENT, "Bel over 111222333",
                TaskParty.CLIENT, null, DUE, 7, NOW))).isNotEmpty();
    }

    @Test
    void anOpenTaskChangesADoneOneIsHistory() {
        CaseTask task = task(TaskParty.ADVISOR, 7L, DUE);
        task.change("  Offerte plateaulift opvragen ", TaskParty.CLIENT, 7L, DUE.plusDays(7));
        org.assertj.core.api.Assertions.assertThat(task.getWhat()).isEqualTo("Offerte plateaulift opvragen");
        org.assertj.core.api.Assertions.assertThat(task.getAdvisorAccountId()).as("only an advisor's task names one").isNull();
        org.assertj.core.api.Assertions.assertThat(task.getDueOn()).isEqualTo(DUE.plusDays(7));

        task.markDone(7, NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> task.change("Anders", TaskParty.CLIENT, null, DUE))
                .isInstanceOf(IllegalStateException.class);
    }
}
