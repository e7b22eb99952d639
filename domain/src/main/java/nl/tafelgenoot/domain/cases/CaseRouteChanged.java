package nl.tafelgenoot.domain.cases;

/**
 * Fired (synchronously, inside the changing transaction) when a case was opened or its dates or
 * phase changed,
 * so features that follow the route react at once without the case knowing them: the report
 * chase opens a task when a report is already late, and closes it when the report is in.
 */
public record CaseRouteChanged(SupportCase supportCase) {
}
