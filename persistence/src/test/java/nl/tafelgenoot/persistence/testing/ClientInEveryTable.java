package nl.tafelgenoot.persistence.testing;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
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

/**
 * Seeds clients with a row in every table that can hold something about a client (and an advisor
 * with an absence), for the tests of the privacy erasure and of an organisation's deletion. Each
 * call counts the client and case numbers on, so several clients fit in one organisation.
 */
public final class ClientInEveryTable {

    private final Instant now;
    private int number;
    private int caseNumber;
    private long advisor = 5000;

    public ClientInEveryTable(Instant now) {
        this.now = now;
    }

    public Client client(EntityManager em, String given, String surname) {
        Client client = new Client(given, null, surname);
        client.register(++number, null, now);
        em.persist(client);
        return client;
    }

    public SupportCase openCase(Client client) {
        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp " + client.getSurname(),
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2));
        c.open(2026, ++caseNumber, now);
        return c;
    }

    public SupportCase closedCase(EntityManager em, Client client, Instant closedAt) {
        SupportCase c = openCase(client);
        c.moveTo(CasePhase.CLOSED, closedAt);
        em.persist(c);
        em.flush();
        return c;
    }

    /** A client with a row in every table that can hold something about a client. */
    public Client fullClient(EntityManager em, String given, String surname) {
        Client client = new Client(given, null, surname);
        client.setAddress("Xylostraat 17".replace("Xylo", surname.equals("Xylofoon") ? "Xylo" : "Gewone"));
        client.setPhone(surname.equals("Xylofoon") ? "06-12398745" : "06-55500011");
        client.setEmail(given.toLowerCase(Locale.ROOT) + "@example.nl");
        client.setNotes("Aantekening over " + surname);
        client.register(++number, null, now);
        em.persist(client);
        String tag = surname.equals("Xylofoon") ? "geheim" : surname;

        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp bij het huishouden voor " + given,
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2));
        c.open(2026, ++caseNumber, Instant.parse("2026-03-02T09:00:00Z"));
        c.recordDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 25));
        em.persist(c);
        em.persist(new CaseAssignment(c, 42, 1, now));

        InterviewPlan plan = new InterviewPlan(c);
        plan.setPlannedOn(LocalDate.of(2026, 3, 10));
        plan.setOfficerName("Consulent-" + tag);
        em.persist(plan);

        CaseNote note = new CaseNote(c, "Eerdere-versie-" + tag, false, 1, now);
        em.persist(note);
        em.flush();
        note.edit("Notitie-" + tag + " over " + given, 2, now).ifPresent(em::persist);
        em.persist(new CaseTask(c, TaskSource.AGREEMENT, "Taak-" + tag, TaskParty.CLIENT, null,
                LocalDate.of(2026, 4, 1), 1, now));
        em.persist(new ClientConsent(client, LocalDate.of(2026, 3, 2), Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS),
                ConsentMethod.ORAL, 1, now, LocalDate.of(2026, 3, 2)));
        NetworkMember member = new NetworkMember(client);
        member.setName((tag.equals("geheim") ? "Mantelzorger-Quirina " : "Buurvrouw ") + surname);
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
                false, List.of(new ReportCheckInput.Difference("Verslag-" + tag, "Gezegd " + tag))), 1, now);
        em.persist(check);

        Decision decision = new Decision(c);
        decision.record(new DecisionInput(DecisionInput.NEW, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 2), "WMO-" + surname, DecisionOutcome.REFUSED, "Traplift-" + tag, true, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1)),
                LocalDate.of(2026, 5, 1), 1, now);
        em.persist(decision);
        Objection objection = new Objection(c);
        objection.record(new ObjectionInput.Builder().received(LocalDate.of(2026, 4, 20))
                        .excuse(LateExcuse.OTHER, "Excuus-" + tag)
                        .decided(ObjectionOutcome.values()[0], LocalDate.of(2026, 5, 20)).build(),
                decision.getDispatchedOn(), ObjectionTimeliness.LATE, LocalDate.of(2026, 6, 1), 1, now);
        em.persist(objection);
        em.persist(new CaseDocument(c, DocumentKind.DECISION, 1, "besluit-" + surname + ".pdf",
                ("%PDF-1.4 " + surname).getBytes(StandardCharsets.US_ASCII), false, 1, now));

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
        request.offer(7, 1, now);
        request.decline(7, "Reden-" + tag + ": ken " + given, now);
        request.becameCase(c);
        AdvisorProfile profile = new AdvisorProfile(++advisor);
        profile.update(new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Zeist"), Set.of("3701"), Set.of(Expertise.DEMENTIA),
                Set.of("nl"), 5, List.of(), List.of(new Absence(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14),
                        "Vakantie")), LocalDate.of(2026, 1, 1)));
        em.persist(profile);
        em.flush();
        em.persist(new Appointment(request, profile.getAccountId(), MeetingMode.PHONE,
                Instant.parse("2026-12-01T09:00:00Z").plus(Duration.ofDays(number)), Duration.ofHours(1),
                ManageTokens.hash(ManageTokens.next()), now));
        em.persist(new OutboxMail("appointment-booked:" + client.getPublicId(), Recipient.of(client.getEmail(), client.getFullName()),
                "Uw afspraak, " + given, "Beste " + client.getFullName() + ", tot ziens.", now));
        em.persist(new OutboxMail("intake-offer:" + number, Recipient.of("advisor@example.nl", "Adviseur"),
                "Nieuwe aanvraag", "Aanvraag van " + client.getFullName() + " in Zeist.", now));
        em.persist(new AuditEvent(now, 1, AuditAction.CLIENT_VIEWED, client.getPublicId()));
        em.flush();
        return client;
    }
}
