package nl.tafelgenoot.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.objections.ObjectionState;
import nl.tafelgenoot.domain.privacy.ErasurePolicy.Treatment;
import org.junit.jupiter.api.Test;

/** What an erasure keeps and why, and when it refuses. */
class ErasurePolicyTest {

    @Test
    void whatTheStatisticsCountStaysAnonymisedAndFreeTextAboutTheClientIsDeleted() {
        Set<String> anonymised = tablesWith(Treatment.ANONYMISE);
        assertThat(anonymised).containsExactlyInAnyOrder("client", "support_case", "decision", "objection",
                "intake_request", "assignment_offer", "mail_outbox");
        assertThat(tablesWith(Treatment.KEEP)).containsExactlyInAnyOrder("audit_event", "case_assignment", "appointment");
        assertThat(tablesWith(Treatment.DELETE)).contains("case_note", "case_note_revision", "network_member",
                "case_preparation", "preparation_domain", "preparation_diary", "preparation_answer", "case_document",
                "case_task", "client_consent", "interview_plan", "report_check", "report_difference");
        assertThat(ErasurePolicy.ruleFor("audit_event").reason()).contains("accountability");
        assertThat(ErasurePolicy.ruleFor("support_case").reason()).contains("statistics");
        assertThat(ErasurePolicy.rules().values()).allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
        assertThatThrownBy(() -> ErasurePolicy.ruleFor("no_such_table")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRetypedNameMustBeTheFullNameButSpacesCaseAndAccentsDoNotMatter() {
        assertThat(ErasurePolicy.nameMatches("Jan de Vries", "jan de  VRIES ")).isTrue();
        assertThat(ErasurePolicy.nameMatches("Şahin Öztürk", "Sahin Ozturk")).isTrue();
        assertThat(ErasurePolicy.nameMatches("Jan de Vries", "Jan Vries")).isFalse();
        assertThat(ErasurePolicy.nameMatches("Jan de Vries", "Jan de Vries-Bakker")).isFalse();
        assertThat(ErasurePolicy.nameMatches("Jan de Vries", "")).isFalse();
        assertThat(ErasurePolicy.nameMatches("Jan de Vries", null)).isFalse();
    }

    @Test
    void aWrongNameOrARunningObjectionRefusesAndTheNameIsCheckedFirst() {
        assertThatThrownBy(() -> ErasurePolicy.check("Jan de Vries", "Jan", true))
                .isInstanceOfSatisfying(ErasureRefused.class, r -> assertThat(r.key()).isEqualTo("privacy.erase.nameMismatch"));
        assertThatThrownBy(() -> ErasurePolicy.check("Jan de Vries", "Jan de Vries", true))
                .isInstanceOfSatisfying(ErasureRefused.class,
                        r -> assertThat(r.key()).isEqualTo("privacy.erase.objectionPending"));
        assertThatNoException().isThrownBy(() -> ErasurePolicy.check("Jan de Vries", "Jan de Vries", false));
    }

    @Test
    void anObjectionRunsFromFilingUntilTheAppealTermIsOverOrTheAppealIsFiled() {
        assertThat(ErasurePolicy.PENDING_OBJECTION).containsExactlyInAnyOrder(ObjectionState.PRO_FORMA_FILED,
                ObjectionState.GROUNDS_FILED, ObjectionState.HEARING_PLANNED, ObjectionState.HEARING_HELD,
                ObjectionState.APPEAL_CONSIDERED, ObjectionState.APPEAL_FILED);
        assertThat(EnumSet.complementOf(EnumSet.copyOf(ErasurePolicy.PENDING_OBJECTION)))
                .containsExactlyInAnyOrder(ObjectionState.CONSIDERING, ObjectionState.DECIDED, ObjectionState.CLOSED);
    }

    private static Set<String> tablesWith(Treatment treatment) {
        return ErasurePolicy.rules().entrySet().stream().filter(e -> e.getValue().treatment() == treatment)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }
}
