package nl.tafelgenoot.domain.objections;

import java.util.List;

/**
 * A step the objection cannot take: not on its route from where it stands, or not before the
 * facts it needs are entered (a decided objection needs the outcome and the dispatch date).
 */
public class ObjectionStepRefused extends IllegalStateException {

    private final ObjectionState from;
    private final ObjectionState to;
    private final List<String> missing;

    public ObjectionStepRefused(ObjectionState from, ObjectionState to, List<String> missing) {
        super("Objection cannot move from " + from + " to " + to + (missing.isEmpty() ? "" : ", missing " + missing));
        this.from = from;
        this.to = to;
        this.missing = List.copyOf(missing);
    }

    public ObjectionState from() {
        return from;
    }

    public ObjectionState to() {
        return to;
    }

    /** The fields to enter first; empty when the step is not on the route at all. */
    public List<String> missing() {
        return missing;
    }
}
