package nl.tafelgenoot.domain.cases;

/** The law a request falls under; it decides which deadline rules apply (W-rules or J1). */
public enum Law {
    /** Wet maatschappelijke ondersteuning 2015. */
    WMO,
    /** Jeugdwet. */
    JEUGDWET
}
