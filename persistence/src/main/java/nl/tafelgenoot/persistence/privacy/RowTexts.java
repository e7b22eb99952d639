package nl.tafelgenoot.persistence.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.shared.SystemActor;

/**
 * A stored row as readable text, for the exports (a client's dossier, an organisation's data on
 * leaving): each basic attribute the JPA metamodel knows, in declaration order, so a column added
 * later shows up without a change here; technical keys and hashes left out; an account id named as
 * the person (names are looked up once per export, in {@code names}).
 */
public final class RowTexts {

    /** Attributes that say nothing about the client: technical keys, hashes and derived sort columns. */
    private static final Set<String> TECHNICAL = Set.of("id", "version", "content", "manageTokenHash", "phoneKey",
            "nextDeadlineSort", "openDeadlineRule", "openReportChase", "bookedStart", "dedupKey", "claimedBy",
            "claimedUntil", "calendarIcs", "passwordHash", "feedTokenHash", "totpSecret", "logo");
    /** Attributes that hold an account id: the export names the person instead. */
    private static final Set<String> ACCOUNTS = Set.of("registeredBy", "writtenBy", "editedBy", "createdBy", "doneBy",
            "advisorId", "recordedBy", "withdrawnBy", "changedBy", "checkedBy", "accountId", "assignedBy", "offeredBy",
            "enteredBy", "advisorAccountId");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager em;
    private final Map<Long, String> names;

    public RowTexts(EntityManager em, Map<Long, String> names) {
        this.em = em;
        this.names = names;
    }

    /** The row's basic attributes in declaration order, as text; empty ones left out, account ids named. */
    public ClientDossier.Item item(Object row) {
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
                value = staffName(id.longValue());
            }
            String text = text(value);
            if (text != null && !text.isBlank()) {
                fields.add(new ClientDossier.Field(name, text));
            }
        }
        return new ClientDossier.Item(fields);
    }

    /** The person behind an account id, or "#id" for one that no longer exists. */
    public String staffName(long accountId) {
        if (accountId == SystemActor.ACCOUNT_ID) {
            return "Tafelgenoot (automatisch)";
        }
        return names.computeIfAbsent(accountId, id -> {
            Account account = em.find(Account.class, id);
            return account == null ? "#" + id : account.getDisplayName();
        });
    }

    /** A value as the exports write it: moments in Amsterdam time to the minute, enums by name. */
    public static String text(Object value) {
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
            return many.stream().map(RowTexts::text).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
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
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
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
}
