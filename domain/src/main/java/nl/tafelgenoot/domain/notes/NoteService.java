package nl.tafelgenoot.domain.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The shared notes of a case. Whoever may see the case (its advisors, the coordinators) reads its
 * notes; whoever may also change cases writes and edits them. The case is resolved through
 * {@link CaseService#find(String)} first, so a case the caller may not see is "not found" here
 * too. An edit made on a version that is no longer current is refused with a {@link NoteConflict}
 * that carries the current text; nothing is overwritten.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NoteService {

    @Inject
    CaseService cases;

    @Inject
    CaseNoteRepository notes;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The notes of the case: the outcome first, then newest first. */
    public List<CaseNote> ofCase(String casePublicId) {
        return notes.ofCase(visibleCase(casePublicId));
    }

    /** Earlier texts of a note, newest first. */
    public List<CaseNoteRevision> revisions(String casePublicId, long noteId) {
        SupportCase supportCase = visibleCase(casePublicId);
        return notes.revisions(notes.find(supportCase, noteId).orElseThrow(() -> new NotFoundException("note")));
    }

    public CaseNote write(String casePublicId, String text, boolean outcome) {
        SupportCase supportCase = writableCase(casePublicId);
        CaseNote note = Validity.require(validator,
                new CaseNote(supportCase, text, outcome, user.accountId(), clock.instant()));
        notes.add(note);
        audit.record(AuditAction.NOTE_WRITTEN, supportCase.getClient().getPublicId());
        return note;
    }

    /**
     * Replaces a note's text, keeping the old text as a revision. {@code version} is the version
     * the writer started from; when the note has changed since, a {@link NoteConflict} is thrown.
     */
    public CaseNote edit(String casePublicId, long noteId, long version, String text) {
        SupportCase supportCase = writableCase(casePublicId);
        CaseNote note = notes.find(supportCase, noteId).orElseThrow(() -> new NotFoundException("note"));
        if (note.getVersion() != version) {
            throw new NoteConflict(note.getText(), note.getVersion(), note.lastWrittenBy());
        }
        var revision = note.edit(text, user.accountId(), clock.instant());
        if (revision.isEmpty()) {
            return note;
        }
        Validity.require(validator, note);
        notes.addRevision(revision.get());
        notes.flush();
        audit.record(AuditAction.NOTE_CHANGED, supportCase.getClient().getPublicId());
        return note;
    }

    /** Display names of the accounts that wrote notes, by account id. */
    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : accountIds) {
            names.computeIfAbsent(id, key -> accounts.find(key).map(Account::getDisplayName).orElse(""));
        }
        return names;
    }

    private SupportCase visibleCase(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }

    private SupportCase writableCase(String casePublicId) {
        user.require(Permission.CASE_WRITE);
        return visibleCase(casePublicId);
    }
}
