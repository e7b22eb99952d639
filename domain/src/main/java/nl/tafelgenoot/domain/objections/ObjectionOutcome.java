package nl.tafelgenoot.domain.objections;

/** The municipality's decision on the objection (beslissing op bezwaar). */
public enum ObjectionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    REJECTED,
    INADMISSIBLE
}
