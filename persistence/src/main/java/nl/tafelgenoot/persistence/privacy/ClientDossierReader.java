package nl.tafelgenoot.persistence.privacy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.privacy.ClientDossier;

/**
 * Reads everything stored about one client into a {@link ClientDossier}: a section per kind of row
 * (found by {@link ClientRows}, written by {@link RowTexts}), the audit of who looked, and the
 * uploaded files.
 */
final class ClientDossierReader {

    private final EntityManager em;
    private final ClientRows rows;

    ClientDossierReader(EntityManager em) {
        this.em = em;
        this.rows = new ClientRows(em);
    }

    ClientDossier dossier(Client client, Instant now) {
        List<Long> cases = rows.caseIds(client);
        List<Long> requests = rows.requestIds(client, cases);
        Map<Long, String> names = new HashMap<>();
        List<ClientDossier.Section> sections = new ArrayList<>();
        sections.add(section("Client", List.of(client), names));
        sections.add(section("NetworkMember", rows.byClient("NetworkMember", client), names));
        sections.add(section("ClientConsent", rows.byClient("ClientConsent", client), names));
        sections.add(section("SupportCase", rows.byClient("SupportCase", client), names));
        for (String entity : List.of("CaseAssignment", "InterviewPlan", "CaseNote", "CaseTask", "CasePreparation",
                "ReportCheck", "Decision", "Objection", "CaseDocument")) {
            sections.add(section(entity, rows.in(entity, "x.supportCase.id", cases), names));
        }
        sections.add(section("CaseNoteRevision", rows.in("CaseNoteRevision", "x.note.supportCase.id", cases), names));
        for (String entity : List.of("LifeDomainPreparation", "DiaryEntry", "RehearsedAnswer")) {
            sections.add(section(entity, rows.in(entity, "x.preparation.supportCase.id", cases), names));
        }
        sections.add(section("ReportDifference", rows.in("ReportDifference", "x.check.supportCase.id", cases), names));
        sections.add(section("IntakeRequest", rows.in("IntakeRequest", "x.id", requests), names));
        sections.add(section("AssignmentOffer", rows.in("AssignmentOffer", "x.request.id", requests), names));
        sections.add(section("Appointment", rows.in("Appointment", "x.request.id", requests), names));
        sections.add(section("OutboxMail", rows.mails(client, requests), names));
        sections.add(auditSection(client, names));
        List<ClientDossier.DossierFile> files = new ArrayList<>();
        for (Object row : rows.in("CaseDocument", "x.supportCase.id", cases)) {
            CaseDocument document = (CaseDocument) row;
            files.add(new ClientDossier.DossierFile(document.getSupportCase().getReference(), document.getFileName(),
                    document.getContent()));
        }
        return new ClientDossier(client.getPublicId(), client.getNumber(), client.getFullName(), now, sections, files);
    }

    private ClientDossier.Section section(String key, List<?> rows, Map<Long, String> names) {
        RowTexts texts = new RowTexts(em, names);
        return new ClientDossier.Section(key, rows.stream().map(texts::item).toList());
    }

    /** Who looked at or changed the client's data, when and what: staff names, times and actions. */
    private ClientDossier.Section auditSection(Client client, Map<Long, String> names) {
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.clientRef = :ref"
                + " order by e.occurredAt, e.id", AuditEvent.class).setParameter("ref", client.getPublicId()).getResultList();
        RowTexts texts = new RowTexts(em, names);
        List<ClientDossier.Item> items = new ArrayList<>();
        for (AuditEvent event : events) {
            items.add(new ClientDossier.Item(List.of(
                    new ClientDossier.Field("occurredAt", RowTexts.text(event.getOccurredAt())),
                    new ClientDossier.Field("accountId", texts.staffName(event.getAccountId())),
                    new ClientDossier.Field("action", event.getAction().name()))));
        }
        return new ClientDossier.Section("AuditEvent", items);
    }
}
