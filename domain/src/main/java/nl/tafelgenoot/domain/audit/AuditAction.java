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
    PERSONAL_PLAN_CREATED,
    /** The report check of a case (differences, signed or responded) was recorded or changed. */
    REPORT_CHECKED,
    /** The portal put a task on the case to chase the missing interview report. */
    REPORT_CHASE_OPENED,
    /** The portal closed the chase task: the report is in or no longer expected. */
    REPORT_CHASE_CLOSED,
    /** The municipality's decision on the application was recorded or corrected. */
    DECISION_RECORDED,
    /** The facts of the objection procedure were recorded or corrected. */
    OBJECTION_RECORDED,
    /** The objection moved to another state. */
    OBJECTION_STEP,
    DOCUMENT_UPLOADED,
    DOCUMENT_VIEWED,
    DOCUMENT_DELETED,
    /** A letter (objection, notice of default) was generated and kept on the case. */
    LETTER_CREATED,
    /** The portal opened, moved or closed a deadline task, or queued a deadline reminder. */
    DEADLINE_TASK_CHANGED,
    /** An advisor's profile was changed (by the coordinator or the advisor); concerns no client. */
    ADVISOR_PROFILE_CHANGED,
    /** A request for help was taken into the intake queue. */
    INTAKE_RECEIVED,
    /** A request was linked to a client, offered to or taken back from an advisor, or closed. */
    INTAKE_CHANGED,
    /** An advisor accepted or declined the offer of a request. */
    INTAKE_ANSWERED,
    /** An advisor's cases were handed to another advisor or back to the queue. */
    CASE_HANDED_OVER,
    /** The coordinator took an advisor off a case; the ended assignment stays as history. */
    CASE_RELEASED,
    /** An admin changed the organisation's settings (booking page, VOG limit). */
    SETTINGS_CHANGED,
    /** Everything stored about the client was exported (PDF and JSON) on the client's request. */
    CLIENT_EXPORTED,
    /** The client's personal data were erased on request; the record keeps no name. */
    CLIENT_ERASED,
    /** The nightly retention job erased a closed case past the organisation's retention period. */
    CASE_ERASED_BY_RETENTION,
    /** The nightly retention job erased a client whose cases were all past the retention period. */
    CLIENT_ERASED_BY_RETENTION,
    /** An admin invited someone to work for the organisation (or sent the invitation again). */
    PERSON_INVITED,
    /** An admin withdrew a pending invitation. */
    INVITATION_WITHDRAWN,
    /** An admin gave or took roles of a colleague. */
    PERSON_ROLES_CHANGED,
    /** An admin deactivated a colleague who leaves; their open cases went back to the coordinator. */
    PERSON_DEACTIVATED,
    /** An admin reset a colleague's access: a link to choose a new password, two-step off. */
    PERSON_ACCESS_RESET,
    /** The platform operator created the organisation and invited its first admin. */
    ORGANISATION_CREATED,
    /** The platform operator suspended the organisation: no logins, no bookings, nothing deleted. */
    ORGANISATION_SUSPENDED,
    /** The platform operator reactivated the suspended organisation. */
    ORGANISATION_REACTIVATED,
    /** The platform operator started the offboarding: export links mailed, deletion after the waiting period. */
    ORGANISATION_OFFBOARDING_STARTED,
    /** The platform operator called the offboarding off; the organisation stays suspended. */
    ORGANISATION_OFFBOARDING_CANCELLED
}
