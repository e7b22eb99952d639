package nl.tafelgenoot.ui.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.consent.ConsentMethod;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.DocumentKind;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.Relation;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.LateExcuse;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * For the in-container privacy tests: a fresh client of the current organisation with a row in
 * every table that can hold something about a client, each free text carrying {@code secret}, in
 * one transaction. Bypasses the services on purpose (it needs decisions, objections and mails
 * without their whole procedures); the services are what the tests then exercise.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PrivacyFixture {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    @Inject
    ClientRepository clients;

    private int nextCaseNumber() {
        Integer max = em.createQuery("select max(s.referenceNumber) from SupportCase s where s.referenceYear = 2026",
                Integer.class).getSingleResult();
        return (max == null ? 0 : max) + 1;
    }

    /** A client with a row in every table that can hold something about a client. */
    public Client fullClient(String given, String surname, String secret, long advisorAccountId, Instant appointmentAt) {
        Client client = new Client(given, null, surname);
        client.setAddress(secret + "straat 17");
        client.setPostcode("3701 AB");
        client.setCity("Zeist");
        client.setMunicipality("Zeist");
        client.setPhone("06-12398745");
        client.setEmail(secret.toLowerCase(Locale.ROOT) + "@example.nl");
        client.setNotes("Aantekening over " + surname);
        client.register(clients.highestNumber() + 1, null, NOW);
        em.persist(client);
        String tag = secret;

        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp bij het huishouden voor " + given,
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2));
        c.open(2026, nextCaseNumber(), Instant.parse("2026-03-02T09:00:00Z"));
        c.recordDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 25));
        em.persist(c);
        CaseAssignment assignment = new CaseAssignment(c, advisorAccountId, 1, NOW);
        assignment.end(NOW);
        em.persist(assignment);

        InterviewPlan plan = new InterviewPlan(c);
        plan.setPlannedOn(LocalDate.of(2026, 3, 10));
        plan.setOfficerName("Consulent-" + tag);
        em.persist(plan);

        CaseNote note = new CaseNote(c, "Eerdere-versie-" + tag, false, 1, NOW);
        em.persist(note);
        em.flush();
        note.edit("Notitie-" + tag + " over " + given, 2, NOW).ifPresent(em::persist);
        em.persist(new CaseTask(c, TaskSource.AGREEMENT, "Taak-" + tag, TaskParty.CLIENT, null,
                LocalDate.of(2026, 4, 1), 1, NOW));
        em.persist(new ClientConsent(client, LocalDate.of(2026, 3, 2), Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS),
                ConsentMethod.ORAL, 1, NOW, LocalDate.of(2026, 3, 2)));
        NetworkMember member = new NetworkMember(client);
        member.setName("Mantelzorger-" + tag);
        member.setRelation(Relation.CHILD);
        member.setPhone(client.getPhone());
        em.persist(member);

        CasePreparation preparation = new CasePreparation(c);
        preparation.setWishes("Wens-" + tag);
        preparation.domain(LifeDomain.HOUSEHOLD).setStuck("Stofzuigen " + tag);
        preparation.writeDiary(LocalDate.of(2026, 3, 3), "Dagboek-" + tag);
        preparation.answer(InterviewQuestion.WHAT_GOES_WELL, "Lezen " + tag);
        em.persist(preparation);

        ReportCheck check = new ReportCheck(c);
        check.record(new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.SIGNED, LocalDate.of(2026, 3, 21), null,
                false, List.of(new ReportCheckInput.Difference("Verslag-" + tag, "Gezegd " + tag))), 1, NOW);
        em.persist(check);

        Decision decision = new Decision(c);
        decision.record(new DecisionInput(DecisionInput.NEW, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 2), "WMO-" + surname, DecisionOutcome.REFUSED, "Traplift-" + tag, true, null, null),
                LocalDate.of(2026, 5, 1), 1, NOW);
        em.persist(decision);
        Objection objection = new Objection(c);
        objection.record(new ObjectionInput.Builder().received(LocalDate.of(2026, 4, 20))
                        .excuse(LateExcuse.OTHER, "Excuus-" + tag)
                        .decided(ObjectionOutcome.values()[0], LocalDate.of(2026, 5, 20)).build(),
                decision.getDispatchedOn(), ObjectionTimeliness.LATE, LocalDate.of(2026, 6, 1), 1, NOW);
        em.persist(objection);
        em.persist(new CaseDocument(c, DocumentKind.DECISION, 1, "besluit-" + surname + ".pdf",
                ("%PDF-1.4 " + surname).getBytes(StandardCharsets.US_ASCII), false, 1, NOW));

        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.PREPARE_INTERVIEW);
        request.setGivenName(given);
        request.setSurname(surname);
        request.setPhone(client.getPhone());
        request.setEmail(client.getEmail());
        request.setMunicipality("Zeist");
        request.setQuestion("Vraag-" + tag + " van " + given);
        request.receive(1L, Instant.parse("2026-03-01T09:00:00Z"));
        request.linkClient(client);
        em.persist(request);
        request.offer(7, 1, NOW);
        request.decline(7, "Reden-" + tag + ": ken " + given, NOW);
        request.becameCase(c);
        em.flush();
        em.persist(new Appointment(request, advisorAccountId, MeetingMode.PHONE, appointmentAt, Duration.ofHours(1),
                ManageTokens.hash(ManageTokens.next()), NOW));
        em.persist(new OutboxMail("appointment-booked:" + client.getPublicId(), Recipient.of(client.getEmail(), client.getFullName()),
                "Uw afspraak, " + given, "Beste " + client.getFullName() + ", tot ziens.", NOW));
        em.persist(new OutboxMail("intake-offer:" + client.getPublicId(), Recipient.of("advisor@example.nl", "Adviseur"),
                "Nieuwe aanvraag", "Aanvraag van " + client.getFullName() + " in Zeist.", NOW));
                em.flush();
        return client;
    }


    /** How many audit events of this kind the organisation's trail holds for the client reference. */
    public long auditCount(String clientRef, nl.tafelgenoot.domain.audit.AuditAction action) {
        return em.createQuery("select count(e) from AuditEvent e where e.clientRef = :ref and e.action = :action",
                Long.class).setParameter("ref", clientRef).setParameter("action", action).getSingleResult();
    }

    /** The client's given name as stored now (an erased client keeps none of its own). */
    public String storedName(String publicId) {
        return em.createQuery("select c from Client c where c.publicId = :id", Client.class)
                .setParameter("id", publicId).getSingleResult().getFullName();
    }

    /**
     * A fresh client with one case closed at {@code closedAt} (with a note), and, when {@code alsoOpen},
     * a second case still open. Returns the client's public id.
     */
    public String clientWithClosedCase(String given, String surname, Instant closedAt, boolean alsoOpen) {
        Client client = new Client(given, null, surname);
        client.setPhone("06-12398745");
        client.register(clients.highestNumber() + 1, null, NOW);
        em.persist(client);
        SupportCase closed = new SupportCase(client, Law.WMO, "Zeist", "Oude hulpvraag van " + surname,
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2019, 3, 2));
        closed.open(2019, nextCaseNumberOf(2019), closedAt.minusSeconds(86_400 * 30));
        closed.moveTo(nl.tafelgenoot.domain.cases.CasePhase.CLOSED, closedAt);
        em.persist(closed);
        em.persist(new CaseNote(closed, "Oude notitie over " + surname, false, 1, closedAt));
        if (alsoOpen) {
            SupportCase open = new SupportCase(client, Law.WMO, "Zeist", "Nieuwe hulpvraag van " + surname,
                    Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2));
            open.open(2026, nextCaseNumber(), NOW);
            em.persist(open);
        }
        em.flush();
        return client.getPublicId();
    }

    private int nextCaseNumberOf(int year) {
        Integer max = em.createQuery("select max(s.referenceNumber) from SupportCase s where s.referenceYear = :year",
                Integer.class).setParameter("year", year).getSingleResult();
        return (max == null ? 0 : max) + 1;
    }

    /** The case requests of the client as stored now, oldest first (an erased case keeps only a dash). */
    public List<String> storedRequests(String publicId) {
        return em.createQuery("select s.request from SupportCase s where s.client.publicId = :id order by s.id",
                String.class).setParameter("id", publicId).getResultList();
    }

    /** How many notes the client's cases have now. */
    public long noteCount(String publicId) {
        return em.createQuery("select count(n) from CaseNote n where n.supportCase.client.publicId = :id", Long.class)
                .setParameter("id", publicId).getSingleResult();
    }
}
