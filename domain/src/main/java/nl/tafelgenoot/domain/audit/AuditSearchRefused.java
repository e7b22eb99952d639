package nl.tafelgenoot.domain.audit;

/** A search of the audit trail that cannot run; {@code audit.refused.<key>} names why, at the field. */
public class AuditSearchRefused extends RuntimeException {

    private final String key;
    private final String field;

    public AuditSearchRefused(String key, String field) {
        super(key);
        this.key = key;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }
}
