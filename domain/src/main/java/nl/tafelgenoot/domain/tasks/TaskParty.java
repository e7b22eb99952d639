package nl.tafelgenoot.domain.tasks;

/** Who has agreed to do something. For {@link #ADVISOR} the task also names which advisor. */
public enum TaskParty {
    CLIENT,
    INFORMAL_CARER,
    ADVISOR,
    MUNICIPALITY,
    OTHER
}
