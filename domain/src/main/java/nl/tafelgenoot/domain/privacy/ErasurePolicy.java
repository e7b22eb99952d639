package nl.tafelgenoot.domain.privacy;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import nl.tafelgenoot.domain.objections.ObjectionState;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an erasure (on request, GDPR art. 17, or after the retention period) does with each table
 * that can hold something about a client, and why. Personal data goes; an anonymous shell stays
 * where the statistics count rows (cases, decisions, objections, requests) or where a legal duty or
 * the organisation's accountability requires a record (the audit trail, art. 5(2)). A client with an
 * objection still pending at the municipality is not erased at all: the organisation needs the file
 * to act for the client in that procedure (art. 17(3)(e)).
 */
public final class ErasurePolicy {

    /** What happens to a table's rows about the erased client. */
    public enum Treatment {
        /** The rows are deleted. */
        DELETE,
        /** The row stays for the counts, every name, address, contact and free text in it is cleared. */
        ANONYMISE,
        /** The row stays as it is: it holds no personal data beyond a random reference. */
        KEEP
    }

    /** A table's treatment and the reason for it. */
    public record Rule(Treatment treatment, String reason) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule("client", Treatment.ANONYMISE, "cases refer to it; it keeps only its number and the erasure moment");
        rule("support_case", Treatment.ANONYMISE,
                "statistics count cases per month, municipality, law and phase; the request text is cleared");
        rule("case_assignment", Treatment.KEEP, "caseload statistics; holds only staff ids and dates");
        rule("interview_plan", Treatment.DELETE, "place, officer and carer are personal; statistics use the case's dates");
        rule("case_note", Treatment.DELETE, "free text about the client");
        rule("case_note_revision", Treatment.DELETE, "earlier versions of the notes");
        rule("case_task", Treatment.DELETE, "agreements about the client");
        rule("client_consent", Treatment.DELETE, "no data left that the consent would cover");
        rule("network_member", Treatment.DELETE, "names and contacts of the client's family and carers");
        rule("case_preparation", Treatment.DELETE, "the client's wishes and means");
        rule("preparation_domain", Treatment.DELETE, "what goes well and what does not: health data");
        rule("preparation_diary", Treatment.DELETE, "the client's diary");
        rule("preparation_answer", Treatment.DELETE, "rehearsed answers");
        rule("report_check", Treatment.DELETE, "belongs to the report of the interview");
        rule("report_difference", Treatment.DELETE, "quotes from the report");
        rule("decision", Treatment.ANONYMISE,
                "statistics count decisions per outcome and their terms; reference and provisions are cleared");
        rule("objection", Treatment.ANONYMISE,
                "statistics count objections per outcome; excuse, hearing and note texts are cleared");
        rule("case_document", Treatment.DELETE, "uploaded documents and generated letters, with their files");
        rule("intake_request", Treatment.ANONYMISE,
                "statistics count new requests per month; name, birth date, contact, address and question are cleared;"
                        + " a request still in the queue is closed");
        rule("assignment_offer", Treatment.ANONYMISE, "an advisor's reason to decline may name the client; cleared");
        rule("appointment", Treatment.KEEP, "the agenda's history; holds only times, the advisor and a token hash;"
                + " appointments still to come are cancelled and their manage link stops");
        rule("mail_outbox", Treatment.ANONYMISE,
                "mails to or about the client: address, name, subject, text and calendar invitation are cleared");
        rule("audit_event", Treatment.KEEP,
                "accountability (art. 5(2)): who did what and when; holds only the client's random reference");
    }

    /**
     * Objection states in which a procedure runs at the municipality or the court (or the appeal term
     * runs after the decision): the organisation needs the file to act for the client.
     */
    public static final Set<ObjectionState> PENDING_OBJECTION = EnumSet.of(ObjectionState.PRO_FORMA_FILED,
            ObjectionState.GROUNDS_FILED, ObjectionState.HEARING_PLANNED, ObjectionState.HEARING_HELD,
            ObjectionState.APPEAL_CONSIDERED, ObjectionState.APPEAL_FILED);

    private static void rule(String table, Treatment treatment, String reason) {
        RULES.put(table, new Rule(treatment, reason));
    }

    private ErasurePolicy() {
    }

    /** Every table that can hold something about a client, in the order the erasure works. */
    public static Map<String, Rule> rules() {
        return Map.copyOf(RULES);
    }

    public static Rule ruleFor(String table) {
        Rule rule = RULES.get(table);
        if (rule == null) {
            throw new IllegalArgumentException("no erasure rule for table " + table);
        }
        return rule;
    }

    /**
     * Whether the retyped name is the client's full name: spaces, case and accents do not matter
     * ("jan de  VRIES" is Jan de Vries), a missing or extra part of the name does.
     */
    public static boolean nameMatches(String fullName, String typed) {
        return typed != null && !typed.isBlank() && fold(fullName).equals(fold(typed));
    }

    private static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Refuses the erasure when a legal duty keeps the data or the name was not retyped right. */
    public static void check(String fullName, String typed, boolean pendingObjection) {
        if (!nameMatches(fullName, typed)) {
            throw new ErasureRefused("privacy.erase.nameMismatch");
        }
        if (pendingObjection) {
            throw new ErasureRefused("privacy.erase.objectionPending");
        }
    }
}
