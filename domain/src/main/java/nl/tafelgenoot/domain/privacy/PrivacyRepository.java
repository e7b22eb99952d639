package nl.tafelgenoot.domain.privacy;

import java.time.Instant;
import java.util.List;
import nl.tafelgenoot.domain.clients.Client;

/**
 * Reads and erases everything stored about one client of the current tenant. Implementations work
 * only inside a tenant-bound transaction and never see another organisation's rows.
 */
public interface PrivacyRepository {

    /** Every stored row about the client, as text, with the uploaded files; the audit of who looked included. */
    ClientDossier dossier(Client client, Instant now);

    /** Whether one of the client's cases has an objection that is not closed (a legal duty to keep it). */
    boolean hasPendingObjection(Client client);

    /**
     * Erases the client's personal data as {@link ErasurePolicy} says, everywhere; keeps anonymous
     * rows that the statistics count. Returns how many rows were deleted and anonymised.
     */
    ErasureResult erase(Client client, Instant now);

    /**
     * Erases what belongs to one closed case (notes, tasks, preparation, documents, free texts) as
     * {@link ErasurePolicy} says, keeping the anonymous case row.
     */
    ErasureResult eraseCase(long caseId, Instant now);

    /** A closed case past the retention period: its id, its client's reference, whether an objection still runs. */
    record ClosedCase(long id, String clientRef, boolean pendingObjection) {
    }

    /** The closed cases closed before the moment whose content is not erased yet, oldest id first. */
    List<ClosedCase> closedCasesBefore(Instant cutoff);

    /** The retention job's audit events since the moment, for the admin's log. */
    List<nl.tafelgenoot.domain.audit.AuditEvent> retentionEvents(Instant since);

    /** Clients (not erased yet) with at least one case, all of them closed before the moment. */
    List<Client> clientsWithAllCasesClosedBefore(Instant cutoff);
}
