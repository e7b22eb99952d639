package nl.tafelgenoot.domain.notes;

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

class CaseNoteTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory().getValidator();
    private static final Instant WRITTEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-02T11:30:00Z");

    private final SupportCase supportCase = new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist",
            "Hulp bij douchen", Set.of(LifeDomain.PERSONAL_CARE), LocalDate.of(2026, 3, 1));

    @Test
    void anEditKeepsTheReplacedTextWithItsWriterAndTime() {
        CaseNote note = new CaseNote(supportCase, "  Dochter helpt twee keer per week.  ", false, 7, WRITTEN);
        assertThat(note.isEdited()).isFalse();
        assertThat(note.getText()).isEqualTo("Dochter helpt twee keer per week.");

        CaseNoteRevision revision = note.edit("Dochter helpt drie keer per week.", 9, EDITED).orElseThrow();

        assertThat(revision.getText()).isEqualTo("Dochter helpt twee keer per week.");
        assertThat(revision.getWrittenBy()).isEqualTo(7);
        assertThat(revision.getWrittenAt()).isEqualTo(WRITTEN);
        assertThat(revision.getReplacedAt()).isEqualTo(EDITED);
        assertThat(note.getText()).isEqualTo("Dochter helpt drie keer per week.");
        assertThat(note.isEdited()).isTrue();
        assertThat(note.lastWrittenBy()).isEqualTo(9);
        assertThat(note.getWrittenBy()).isEqualTo(7);

        CaseNoteRevision second = note.edit("Dochter helpt elke dag.", 7, EDITED.plusSeconds(60)).orElseThrow();
        assertThat(second.getWrittenBy()).as("the previous text was the editor's").isEqualTo(9);
        assertThat(second.getWrittenAt()).isEqualTo(EDITED);
    }

    @Test
    void anUnchangedTextMakesNoRevision() {
        CaseNote note = new CaseNote(supportCase, "Gesprek op 12 maart.", false, 7, WRITTEN);
        assertThat(note.edit("Gesprek op 12 maart. ", 9, EDITED)).isEmpty();
        assertThat(note.isEdited()).isFalse();
    }

    @Test
    void aNoteMustHaveTextAndRefusesABsn() {
        assertThat(VALIDATOR.validate(new CaseNote(supportCase, "  ", false, 7, WRITTEN))).isNotEmpty();
        assertThat(VALIDATOR.validate(new CaseNote(supportCase, "BSN 111222333 genoemd", false, 7, WRITTEN)))
                .isNotEmpty();
        assertThat(VALIDATOR.validate(new CaseNote(supportCase, "x".repeat(4001), false, 7, WRITTEN))).isNotEmpty();
        assertThat(VALIDATOR.validate(new CaseNote(supportCase, "Uitkomst: huishoudelijke hulp", true, 7, WRITTEN)))
                .isEmpty();
    }
}
