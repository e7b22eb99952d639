package nl.tafelgenoot.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.booking.AppointmentStatus;
import nl.tafelgenoot.domain.booking.ChangedBy;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeStatus;
import nl.tafelgenoot.domain.intake.OfferAnswer;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.privacy.ErasurePolicy;
import nl.tafelgenoot.domain.privacy.ErasureResult;
import nl.tafelgenoot.domain.privacy.PrivacyRepository;

/**
 * A client's data across every table, in JPQL on the multitenant entities (EclipseLink adds the
 * tenant to every statement, bulk ones included). The export is {@link ClientDossierReader}'s; the
 * erasure here follows {@link ErasurePolicy} table by table with bulk statements, on the rows
 * {@link ClientRows} finds about the client; and the retention job's queries.
 */
@ApplicationScoped
public class JpaPrivacyRepository implements PrivacyRepository {

    private static final String ERASED = "–";
    private static final String ERASED_ADDRESS = "verwijderd@invalid";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaPrivacyRepository() {
    }

    /** For tests outside the container. */
    public JpaPrivacyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ClientDossier dossier(Client client, Instant now) {
        return new ClientDossierReader(em).dossier(client, now);
    }

    // ---------------------------------------------------------------- erasure

    @Override
    public boolean hasPendingObjection(Client client) {
        return em.createQuery("select count(o) from Objection o where o.supportCase.client = :client"
                        + " and o.state in :pending", Long.class)
                .setParameter("client", client)
                .setParameter("pending", ErasurePolicy.PENDING_OBJECTION)
                .getSingleResult() > 0;
    }

    @Override
    public ErasureResult erase(Client client, Instant now) {
        em.flush();
        ClientRows rows = new ClientRows(em);
        List<Long> cases = rows.caseIds(client);
        List<Long> requests = rows.requestIds(client, cases);
        List<OutboxMail> mails = rows.mails(client, requests);
        ErasureResult result = eraseCases(cases, now);
        int deleted = 0;
        int anonymised = 0;
        deleted += em.createQuery("delete from NetworkMember x where x.client = :client")
                .setParameter("client", client).executeUpdate();
        deleted += em.createQuery("delete from ClientConsent x where x.client = :client")
                .setParameter("client", client).executeUpdate();
        anonymised += anonymiseRequests(requests, now);
        anonymised += cancelComingAppointments(requests, now);
        anonymised += anonymiseMails(mails.stream().map(OutboxMail::getId).toList());
        Client managed = em.contains(client) ? client : em.find(Client.class, client.getId());
        managed.erase(now);
        em.flush();
        return result.plus(new ErasureResult(deleted, anonymised + 1));
    }

    @Override
    public ErasureResult eraseCase(long caseId, Instant now) {
        em.flush();
        List<Long> requests = em.createQuery("select r.id from IntakeRequest r join r.supportCase s where s.id = :id",
                Long.class).setParameter("id", caseId).getResultList();
        ErasureResult result = eraseCases(List.of(caseId), now);
        return result.plus(new ErasureResult(0, anonymiseRequests(requests, now)));
    }

    private ErasureResult eraseCases(List<Long> cases, Instant now) {
        if (cases.isEmpty()) {
            return ErasureResult.NONE;
        }
        int deleted = 0;
        deleted += delete("CaseNoteRevision", "x.note.id", ids("select n.id from CaseNote n where n.supportCase.id in :ids", cases));
        deleted += delete("CaseNote", "x.supportCase.id", cases);
        deleted += delete("CaseTask", "x.supportCase.id", cases);
        deleted += delete("InterviewPlan", "x.supportCase.id", cases);
        List<Long> preparations = ids("select p.id from CasePreparation p where p.supportCase.id in :ids", cases);
        for (String part : List.of("LifeDomainPreparation", "DiaryEntry", "RehearsedAnswer")) {
            deleted += delete(part, "x.preparation.id", preparations);
        }
        deleted += delete("CasePreparation", "x.id", preparations);
        List<Long> checks = ids("select c.id from ReportCheck c where c.supportCase.id in :ids", cases);
        deleted += delete("ReportDifference", "x.check.id", checks);
        deleted += delete("ReportCheck", "x.id", checks);
        deleted += delete("CaseDocument", "x.supportCase.id", cases);
        int anonymised = 0;
        anonymised += em.createQuery("update Decision x set x.municipalityReference = null, x.provisions = null"
                + " where x.supportCase.id in :ids").setParameter("ids", cases).executeUpdate();
        anonymised += em.createQuery("update Objection x set x.lateExcuseText = null, x.hearingPlace = null,"
                        + " x.hearingAttendees = null, x.hearingDocuments = null, x.hearingNote = null"
                        + " where x.supportCase.id in :ids").setParameter("ids", cases).executeUpdate();
        anonymised += em.createQuery("update SupportCase x set x.request = :erased, x.erasedAt = :now where x.id in :ids")
                .setParameter("erased", ERASED).setParameter("now", now).setParameter("ids", cases).executeUpdate();
        return new ErasureResult(deleted, anonymised);
    }

    /**
     * Clears the requests' personal data; one still in the coordinator's queue is closed (its offers
     * withdrawn), so nobody is asked to help a person who is no longer there.
     */
    private int anonymiseRequests(List<Long> requests, Instant now) {
        if (requests.isEmpty()) {
            return 0;
        }
        em.createQuery("update AssignmentOffer x set x.answer = :withdrawn, x.answeredAt = :now"
                        + " where x.request.id in :ids and x.answer = :pending")
                .setParameter("withdrawn", OfferAnswer.WITHDRAWN).setParameter("pending", OfferAnswer.PENDING)
                .setParameter("now", now).setParameter("ids", requests).executeUpdate();
        em.createQuery("update IntakeRequest x set x.status = :closed where x.id in :ids and x.status in :queue")
                .setParameter("closed", IntakeStatus.CLOSED)
                .setParameter("queue", List.of(IntakeStatus.WAITING, IntakeStatus.OFFERED))
                .setParameter("ids", requests).executeUpdate();
        em.createQuery("update AssignmentOffer x set x.reason = null where x.request.id in :ids")
                .setParameter("ids", requests).executeUpdate();
        return em.createQuery("update IntakeRequest x set x.givenName = :erased, x.surnamePrefix = null,"
                        + " x.surname = :erased, x.dateOfBirth = null, x.phone = null, x.email = null, x.postcode = null,"
                        + " x.address = null, x.city = null, x.question = :erased, x.closedReason = null"
                        + " where x.id in :ids")
                .setParameter("erased", ERASED).setParameter("ids", requests).executeUpdate();
    }

    /**
     * Appointments still to come are cancelled by the organisation and their manage link stops, so
     * the agenda frees the time; no mail goes out (the address is gone). Past ones stay as they are.
     */
    private int cancelComingAppointments(List<Long> requests, Instant now) {
        if (requests.isEmpty()) {
            return 0;
        }
        return em.createQuery("update Appointment x set x.status = :cancelled, x.cancelledBy = :staff,"
                        + " x.changedAt = :now, x.manageUntil = :now, x.sequence = x.sequence + 1"
                        + " where x.request.id in :ids and x.status = :booked and x.startsAt > :now")
                .setParameter("cancelled", AppointmentStatus.CANCELLED).setParameter("staff", ChangedBy.STAFF)
                .setParameter("booked", AppointmentStatus.BOOKED).setParameter("now", now)
                .setParameter("ids", requests).executeUpdate();
    }

    /** Clears the mails; one still waiting is given up, so nothing goes out to a cleared address. */
    private int anonymiseMails(List<Long> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        em.createQuery("update OutboxMail x set x.status = :failed where x.id in :ids and x.status = :pending")
                .setParameter("failed", MailStatus.FAILED).setParameter("pending", MailStatus.PENDING)
                .setParameter("ids", mails).executeUpdate();
        return em.createQuery("update OutboxMail x set x.recipientAddress = :address, x.recipientName = null,"
                        + " x.subject = :erased, x.body = :erased, x.lastError = null, x.calendarMethod = null,"
                        + " x.calendarIcs = null where x.id in :ids")
                .setParameter("address", ERASED_ADDRESS).setParameter("erased", ERASED).setParameter("ids", mails)
                .executeUpdate();
    }

    private List<Long> ids(String jpql, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(jpql, Long.class).setParameter("ids", ids).getResultList();
    }

    private int delete(String entity, String path, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from " + entity + " x where " + path + " in :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    // ---------------------------------------------------------------- retention

    @Override
    public List<ClosedCase> closedCasesBefore(Instant cutoff) {
        List<Object[]> rows = em.createQuery("select s.id, c.publicId from SupportCase s join s.client c"
                        + " where s.phase = :closed and s.closedAt < :cutoff and s.erasedAt is null order by s.id",
                        Object[].class)
                .setParameter("closed", CasePhase.CLOSED).setParameter("cutoff", cutoff).getResultList();
        List<Long> pending = rows.isEmpty() ? List.of() : em.createQuery("select o.supportCase.id from Objection o"
                        + " where o.supportCase.id in :ids and o.state in :pending", Long.class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .setParameter("pending", ErasurePolicy.PENDING_OBJECTION).getResultList();
        return rows.stream().map(row -> new ClosedCase((Long) row[0], (String) row[1], pending.contains((Long) row[0])))
                .toList();
    }

    @Override
    public List<AuditEvent> retentionEvents(Instant since) {
        return em.createQuery("select e from AuditEvent e where e.occurredAt >= :since and e.action in :actions"
                        + " order by e.occurredAt", AuditEvent.class)
                .setParameter("since", since)
                .setParameter("actions", List.of(nl.tafelgenoot.domain.audit.AuditAction.CASE_ERASED_BY_RETENTION,
                        nl.tafelgenoot.domain.audit.AuditAction.CLIENT_ERASED_BY_RETENTION))
                .getResultList();
    }

    @Override
    public List<Client> clientsWithAllCasesClosedBefore(Instant cutoff) {
        return em.createQuery("select c from Client c where c.erasedAt is null"
                        + " and exists (select s from SupportCase s where s.client = c)"
                        + " and not exists (select s from SupportCase s where s.client = c"
                        + "   and (s.phase <> :closed or s.closedAt is null or s.closedAt >= :cutoff))"
                        + " order by c.id", Client.class)
                .setParameter("closed", CasePhase.CLOSED).setParameter("cutoff", cutoff).getResultList();
    }
}
