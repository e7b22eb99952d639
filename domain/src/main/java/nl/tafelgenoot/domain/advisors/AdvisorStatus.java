package nl.tafelgenoot.domain.advisors;

/**
 * Where a volunteer advisor stands with the organisation: applying → active → leaving → left.
 * Only an active advisor can be given new cases; the others are shown as blocked in proposals.
 */
public enum AdvisorStatus {
    APPLYING,
    ACTIVE,
    LEAVING,
    LEFT
}
