package nl.tafelgenoot.domain.cases;

/** A phase change that the route of a case does not allow. */
public class PhaseChangeRefused extends IllegalStateException {

    private final CasePhase from;
    private final CasePhase to;

    public PhaseChangeRefused(CasePhase from, CasePhase to) {
        super("A case cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public CasePhase from() {
        return from;
    }

    public CasePhase to() {
        return to;
    }
}
