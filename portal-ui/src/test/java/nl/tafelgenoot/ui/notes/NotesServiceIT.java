package nl.tafelgenoot.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;

import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.notes.CaseNoteRevision;
import nl.tafelgenoot.domain.notes.NoteConflict;
import nl.tafelgenoot.domain.notes.NoteService;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import nl.tafelgenoot.ui.testing.UniqueText;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notes and tasks inside Payara Micro: only those who may see the case read or write them, and
 * two people editing one note at once lose neither text.
 */
@ExtendWith(ArquillianExtension.class)
class NotesServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";
    private static final String EVA = "eva.dekker@example.org";

    @Inject
    CaseService cases;

    @Inject
    NoteService notes;

    @Inject
    TaskService tasks;

    /** Johanna van Dijk's demo case: Anna and Eva work on it, Pieter does not. */
    private String johannasCase() {
        return as(EVA, linde, () -> cases.search(new PageRequest(0, 500))).stream()
                .filter(c -> c.getClient().getFullName().equals("Johanna van Dijk"))
                .map(SupportCase::getPublicId).findFirst().orElseThrow();
    }

    private static void assertNotFound(Runnable attempt) {
        RuntimeException refused = assertThrows(RuntimeException.class, attempt::run);
        assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());
    }

    @Test
    void onlyThoseWhoMaySeeTheCaseReadOrWriteItsNotesAndTasks() {
        String caseId = johannasCase();
        String text = "Dochter doet de boodschappen " + UniqueText.letters();
        CaseNote note = as(ANNA, linde, () -> notes.write(caseId, text, false));
        CaseTask task = as(ANNA, linde, () -> tasks.agree(caseId, "Offerte traplift opvragen", TaskParty.ADVISOR, null,
                LocalDate.now().plusDays(7)));
        assertEquals(accounts.findActiveByEmail(ANNA).orElseThrow().getId(), task.getAdvisorAccountId(),
                "an advisor's task defaults to its author");

        assertTrue(as(EVA, linde, () -> notes.ofCase(caseId)).stream().anyMatch(n -> n.getText().equals(text)));
        assertTrue(as(LINDE_COORDINATOR, linde, () -> notes.ofCase(caseId)).stream().anyMatch(n -> n.getText().equals(text)));
        assertTrue(as(EVA, linde, () -> tasks.ofCase(caseId)).stream().anyMatch(t -> t.getId().equals(task.getId())));

        for (String outsider : List.of(PIETER)) {
            assertNotFound(() -> as(outsider, linde, () -> notes.ofCase(caseId)));
            assertNotFound(() -> as(outsider, linde, () -> notes.write(caseId, "Mag niet", false)));
            assertNotFound(() -> as(outsider, linde, () -> notes.edit(caseId, note.getId(), note.getVersion(), "Mag niet")));
            assertNotFound(() -> as(outsider, linde, () -> tasks.ofCase(caseId)));
            assertNotFound(() -> as(outsider, linde, () -> tasks.agree(caseId, "Mag niet", TaskParty.CLIENT, null,
                    LocalDate.now())));
            assertNotFound(() -> as(outsider, linde, () -> tasks.markDone(caseId, task.getId(), task.getVersion(), true)));
            assertNotFound(() -> as(outsider, linde, () -> tasks.change(caseId, task.getId(), task.getVersion(), "Mag niet",
                    TaskParty.CLIENT, null, LocalDate.now())));
        }
        assertNotFound(() -> as(SAMEN_COORDINATOR, samen, () -> tasks.change(caseId, task.getId(), task.getVersion(),
                "Mag niet", TaskParty.CLIENT, null, LocalDate.now())));
        assertNotFound(() -> as(SAMEN_COORDINATOR, samen, () -> notes.ofCase(caseId)));
        assertNotFound(() -> as(SAMEN_COORDINATOR, samen, () -> notes.write(caseId, "Mag niet", false)));
        assertNotFound(() -> as(SAMEN_COORDINATOR, samen, () -> tasks.ofCase(caseId)));
        assertNotFound(() -> as(SAMEN_COORDINATOR, samen, () -> tasks.markDone(caseId, task.getId(), task.getVersion(), true)));

        assertFalse(as(PIETER, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(task.getId())));
        assertTrue(as(ANNA, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(task.getId())));
        CaseTask moved = as(EVA, linde, () -> tasks.change(caseId, task.getId(), task.getVersion(),
                "Offerte traplift en plateaulift opvragen", TaskParty.ADVISOR, task.getAdvisorAccountId(),
                LocalDate.now().plusDays(14)));
        assertEquals("Offerte traplift en plateaulift opvragen", moved.getWhat());
        assertThrows(RuntimeException.class, () -> as(ANNA, linde, () -> tasks.change(caseId, task.getId(),
                task.getVersion(), "Oude versie", TaskParty.CLIENT, null, LocalDate.now())), "a stale copy is refused");
        CaseTask done = as(EVA, linde, () -> tasks.markDone(caseId, task.getId(), moved.getVersion(), true));
        assertTrue(done.isDone());
        assertFalse(as(ANNA, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(task.getId())));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNeitherTextIsLost() {
        String caseId = johannasCase();
        String original = "Gesprek gepland " + UniqueText.letters();
        CaseNote written = as(ANNA, linde, () -> notes.write(caseId, original, false));
        long readByBoth = written.getVersion();

        String annas = original + " – Anna: ergotherapeut komt langs.";
        String evas = original + " – Eva: dochter wil apart gesprek.";
        as(ANNA, linde, () -> notes.edit(caseId, written.getId(), readByBoth, annas));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(EVA, linde, () -> notes.edit(caseId, written.getId(), readByBoth, evas)));
        assertTrue(Failures.causedBy(refused, OptimisticLockException.class), refused.toString());
        NoteConflict conflict = Failures.find(refused, NoteConflict.class).orElseThrow();
        assertEquals(annas, conflict.currentText(), "the refused writer is shown the current text");

        CaseNote current = as(EVA, linde, () -> notes.ofCase(caseId)).stream()
                .filter(n -> n.getId().equals(written.getId())).findFirst().orElseThrow();
        assertEquals(annas, current.getText());
        assertTrue(current.isEdited());
        List<CaseNoteRevision> history = as(EVA, linde, () -> notes.revisions(caseId, written.getId()));
        assertEquals(List.of(original), history.stream().map(CaseNoteRevision::getText).toList());

        // Eva merges by hand on top of the current version: accepted, and Anna's text is kept as a revision.
        String merged = annas + " Eva: dochter wil apart gesprek.";
        as(EVA, linde, () -> notes.edit(caseId, written.getId(), conflict.currentVersion(), merged));
        List<String> texts = as(ANNA, linde, () -> notes.revisions(caseId, written.getId())).stream()
                .map(CaseNoteRevision::getText).toList();
        assertEquals(List.of(annas, original), texts);
    }
}
