package nl.tafelgenoot.domain.network;

/** Whether what a network member does now can go on. */
public enum Continuity {
    YES,
    NO,
    UNSURE
}
