package nl.tafelgenoot.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
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
import nl.tafelgenoot.domain.shared.SystemActor;

/**
 * A client's data across every table, in JPQL on the multitenant entities (EclipseLink adds the
 * tenant to every statement, bulk ones included). The export reads each entity's basic attributes
 * through the JPA metamodel, so a column added later shows up in the export without a change here;
 * the erasure follows {@link ErasurePolicy} table by table with bulk statements.
 */
@ApplicationScoped
public class JpaPrivacyRepository implements PrivacyRepository {

    /** Attributes that say nothing about the client: technical keys, hashes and derived sort columns. */
    private static final Set<String> TECHNICAL = Set.of("id", "version", "content", "manageTokenHash", "phoneKey",
            "nextDeadlineSort", "openDeadlineRule", "openReportChase", "bookedStart", "dedupKey", "claimedBy",
            "claimedUntil", "calendarIcs", "passwordHash");
    /** Attributes that hold an account id: the export names the person instead. */
    private static final Set<String> ACCOUNTS = Set.of("registeredBy", "writtenBy", "editedBy", "createdBy", "doneBy",
            "advisorId", "recordedBy", "withdrawnBy", "changedBy", "checkedBy", "accountId", "assignedBy", "offeredBy",
            "enteredBy", "advisorAccountId");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
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

    // ---------------------------------------------------------------- export

    @Override
    public ClientDossier dossier(Client client, Instant now) {
        List<Long> cases = caseIds(client);
        List<Long> requests = requestIds(client, cases);
        Map<Long, String> names = new HashMap<>();
        List<ClientDossier.Section> sections = new ArrayList<>();
        sections.add(section("Client", List.of(client), names));
        sections.add(section("NetworkMember", byClient("NetworkMember", client), names));
        sections.add(section("ClientConsent", byClient("ClientConsent", client), names));
        sections.add(section("SupportCase", byClient("SupportCase", client), names));
        for (String entity : List.of("CaseAssignment", "InterviewPlan", "CaseNote", "CaseTask", "CasePreparation",
                "ReportCheck", "Decision", "Objection", "CaseDocument")) {
            sections.add(section(entity, in(entity, "x.supportCase.id", cases), names));
        }
        sections.add(section("CaseNoteRevision", in("CaseNoteRevision", "x.note.supportCase.id", cases), names));
        for (String entity : List.of("LifeDomainPreparation", "DiaryEntry", "RehearsedAnswer")) {
            sections.add(section(entity, in(entity, "x.preparation.supportCase.id", cases), names));
        }
        sections.add(section("ReportDifference", in("ReportDifference", "x.check.supportCase.id", cases), names));
        sections.add(section("IntakeRequest", in("IntakeRequest", "x.id", requests), names));
        sections.add(section("AssignmentOffer", in("AssignmentOffer", "x.request.id", requests), names));
        sections.add(section("Appointment", in("Appointment", "x.request.id", requests), names));
        sections.add(section("OutboxMail", mails(client, requests), names));
        sections.add(auditSection(client, names));
        List<ClientDossier.DossierFile> files = new ArrayList<>();
        for (Object row : in("CaseDocument", "x.supportCase.id", cases)) {
            CaseDocument document = (CaseDocument) row;
            files.add(new ClientDossier.DossierFile(document.getSupportCase().getReference(), document.getFileName(),
                    document.getContent()));
        }
        return new ClientDossier(client.getPublicId(), client.getNumber(), client.getFullName(), now, sections, files);
    }

    private List<?> byClient(String entity, Client client) {
        return em.createQuery("select x from " + entity + " x where x.client = :client order by x.id")
                .setParameter("client", client).getResultList();
    }

    private List<?> in(String entity, String path, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + entity + " x where " + path + " in :ids order by x.id")
                .setParameter("ids", ids).getResultList();
    }

    private ClientDossier.Section section(String key, List<?> rows, Map<Long, String> names) {
        List<ClientDossier.Item> items = new ArrayList<>();
        for (Object row : rows) {
            items.add(item(row, names));
        }
        return new ClientDossier.Section(key, items);
    }

    /** The row's basic attributes in declaration order, as text; empty ones left out, account ids named. */
    private ClientDossier.Item item(Object row, Map<Long, String> names) {
        EntityType<?> type = em.getMetamodel().entity(row.getClass());
        Set<String> basic = attributes(type, Attribute.PersistentAttributeType.BASIC);
        Set<String> embedded = attributes(type, Attribute.PersistentAttributeType.EMBEDDED);
        List<ClientDossier.Field> fields = new ArrayList<>();
        for (Field field : row.getClass().getDeclaredFields()) {
            String name = field.getName();
            if (embedded.contains(name)) {
                fields.addAll(embeddedFields(name, read(field, row)));
                continue;
            }
            if (!basic.contains(name) || TECHNICAL.contains(name)) {
                continue;
            }
            Object value = read(field, row);
            if (ACCOUNTS.contains(name) && value instanceof Number id) {
                value = staffName(id.longValue(), names);
            }
            String text = text(value);
            if (text != null && !text.isBlank()) {
                fields.add(new ClientDossier.Field(name, text));
            }
        }
        return new ClientDossier.Item(fields);
    }

    private static Set<String> attributes(EntityType<?> type, Attribute.PersistentAttributeType kind) {
        return type.getAttributes().stream().filter(a -> a.getPersistentAttributeType() == kind)
                .map(Attribute::getName).collect(Collectors.toSet());
    }

    /** An embedded value's own fields, named {@code owner.field} (e.g. {@code noticeOfDefault.sentOn}). */
    private static List<ClientDossier.Field> embeddedFields(String owner, Object value) {
        List<ClientDossier.Field> fields = new ArrayList<>();
        if (value == null) {
            return fields;
        }
        for (Field field : value.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                    || field.getName().startsWith("_persistence")) {
                continue;
            }
            String text = text(read(field, value));
            if (text != null && !text.isBlank()) {
                fields.add(new ClientDossier.Field(owner + "." + field.getName(), text));
            }
        }
        return fields;
    }

    private static Object read(Field field, Object row) {
        try {
            field.setAccessible(true);
            return field.get(row);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return MOMENT.format(instant.atZone(AMSTERDAM));
        }
        if (value instanceof LocalDateTime moment) {
            return MOMENT.format(moment);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(JpaPrivacyRepository::text).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private String staffName(long accountId, Map<Long, String> names) {
        if (accountId == SystemActor.ACCOUNT_ID) {
            return "Tafelgenoot (automatisch)";
        }
        return names.computeIfAbsent(accountId, id -> {
            Account account = em.find(Account.class, id);
            return account == null ? "#" + id : account.getDisplayName();
        });
    }

    /** Who looked at or changed the client's data, when and what: staff names, times and actions. */
    private ClientDossier.Section auditSection(Client client, Map<Long, String> names) {
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.clientRef = :ref"
                + " order by e.occurredAt, e.id", AuditEvent.class).setParameter("ref", client.getPublicId()).getResultList();
        List<ClientDossier.Item> items = new ArrayList<>();
        for (AuditEvent event : events) {
            items.add(new ClientDossier.Item(List.of(
                    new ClientDossier.Field("occurredAt", text(event.getOccurredAt())),
                    new ClientDossier.Field("accountId", staffName(event.getAccountId(), names)),
                    new ClientDossier.Field("action", event.getAction().name()))));
        }
        return new ClientDossier.Section("AuditEvent", items);
    }

    private List<Long> caseIds(Client client) {
        return em.createQuery("select s.id from SupportCase s where s.client = :client order by s.id", Long.class)
                .setParameter("client", client).getResultList();
    }

    /** The client's intake requests: linked to the client or to one of the client's cases. */
    private List<Long> requestIds(Client client, List<Long> cases) {
        Set<Long> ids = new LinkedHashSet<>(em.createQuery("select r.id from IntakeRequest r where r.client = :client",
                Long.class).setParameter("client", client).getResultList());
        if (!cases.isEmpty()) {
            ids.addAll(em.createQuery("select r.id from IntakeRequest r join r.supportCase s where s.id in :cases",
                    Long.class).setParameter("cases", cases).getResultList());
        }
        return List.copyOf(ids);
    }

    /** Mails to one of the client's addresses, or naming the client (by the record's or a request's name). */
    private List<OutboxMail> mails(Client client, List<Long> requests) {
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> fullNames = new LinkedHashSet<>();
        if (client.getEmail() != null) {
            addresses.add(client.getEmail().toLowerCase(Locale.ROOT));
        }
        fullNames.add(client.getFullName().toLowerCase(Locale.ROOT));
        for (Object row : in("IntakeRequest", "x.id", requests)) {
            IntakeRequest request = (IntakeRequest) row;
            if (request.getEmail() != null) {
                addresses.add(request.getEmail().toLowerCase(Locale.ROOT));
            }
            fullNames.add(Client.fullName(request.getGivenName(), request.getSurnamePrefix(), request.getSurname())
                    .toLowerCase(Locale.ROOT));
        }
        Map<Long, OutboxMail> found = new LinkedHashMap<>();
        if (!addresses.isEmpty()) {
            em.createQuery("select m from OutboxMail m where lower(m.recipientAddress) in :addresses order by m.id",
                    OutboxMail.class).setParameter("addresses", addresses).getResultList()
                    .forEach(m -> found.put(m.getId(), m));
        }
        for (String name : fullNames) {
            if (name.isBlank()) {
                continue;
            }
            String like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            em.createQuery("select m from OutboxMail m where lower(m.recipientName) = :name"
                            + " or lower(m.subject) like :like or lower(m.body) like :like order by m.id", OutboxMail.class)
                    .setParameter("name", name).setParameter("like", like).getResultList()
                    .forEach(m -> found.put(m.getId(), m));
        }
        return List.copyOf(found.values());
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
        List<Long> cases = caseIds(client);
        List<Long> requests = requestIds(client, cases);
        List<OutboxMail> mails = mails(client, requests);
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
