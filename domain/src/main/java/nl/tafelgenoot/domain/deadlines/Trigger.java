package nl.tafelgenoot.domain.deadlines;

/** The events a deadline is counted from; screens translate them ("decision dispatched"). */
public enum Trigger {
    NOTIFICATION_RECEIVED,
    INTERVIEW_HELD,
    APPLICATION_RECEIVED,
    YOUTH_CARE_REQUEST_RECEIVED,
    DECISION_DISPATCHED,
    OBJECTION_PERIOD_ENDED,
    REPAIR_REQUESTED,
    REPAIR_ENDED,
    HEARING,
    NOTICE_OF_DEFAULT_RECEIVED,
    DECISION_ON_OBJECTION_DISPATCHED
}
