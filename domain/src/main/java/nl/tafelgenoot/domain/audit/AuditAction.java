package nl.tafelgenoot.domain.audit;

/** What happened to client data; the audit trail records one of these per event. */
public enum AuditAction {
    CLIENT_VIEWED,
    CLIENT_REGISTERED,
    CLIENT_CHANGED,
    CASE_VIEWED,
    CASE_OPENED,
    CASE_CHANGED,
    CASE_ASSIGNED,
    NOTE_WRITTEN,
    NOTE_CHANGED,
    TASK_CHANGED,
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    NETWORK_CHANGED,
    PREPARATION_VIEWED,
    PREPARATION_CHANGED,
    PERSONAL_PLAN_CREATED
}
