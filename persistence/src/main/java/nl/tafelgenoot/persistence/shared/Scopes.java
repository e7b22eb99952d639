package nl.tafelgenoot.persistence.shared;

/**
 * The JPQL condition that limits a query to the cases of one advisor (an open assignment), or to
 * none when the {@code :advisor} parameter is null (a coordinator: every case of the tenant). The
 * same rule as {@code CaseService.find}, so overviews and the case screen agree.
 */
public final class Scopes {

    private Scopes() {
    }

    /** @param casePath the JPQL path of the case, e.g. {@code t.supportCase} or {@code c} */
    public static String assignedTo(String casePath) {
        return "(:advisor is null or exists (select a from CaseAssignment a where a.supportCase = " + casePath
                + " and a.accountId = :advisor and a.endedAt is null))";
    }
}
