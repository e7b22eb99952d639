package nl.tafelgenoot.domain.objections;

/**
 * Why a late objection is still admissible (A3, Awb 6:11). A decision without an objection clause
 * is the excuse the portal offers by itself; any other reason is the advisor's to explain.
 */
public enum LateExcuse {
    NO_OBJECTION_CLAUSE,
    OTHER
}
