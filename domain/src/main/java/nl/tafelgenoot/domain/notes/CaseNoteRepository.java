package nl.tafelgenoot.domain.notes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** The notes of the current tenant's cases and their earlier texts. */
public interface CaseNoteRepository {

    /** The notes of a case: the outcome first, then newest first. */
    List<CaseNote> ofCase(SupportCase supportCase);

    Optional<CaseNote> find(SupportCase supportCase, long noteId);

    CaseNote add(CaseNote note);

    /** Writes pending changes now, so a concurrent change is refused inside the service call. */
    void flush();

    CaseNoteRevision addRevision(CaseNoteRevision revision);

    /**
     * When a note was last written or edited on each case, by case id, in one query. With an
     * advisor id only that advisor's cases; with {@code null} all of the organisation's.
     */
    Map<Long, Instant> lastWrittenByCase(Long advisorAccountId);

    /** Earlier texts of a note, newest first. */
    List<CaseNoteRevision> revisions(CaseNote note);
}
