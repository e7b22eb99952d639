package nl.tafelgenoot.domain.objections;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an objection stands, in the order it usually goes: the client considers objecting,
 * files a pro-forma objection (grounds later) or a full one, is heard, gets the decision on the
 * objection, considers an appeal, files it; then the matter is closed. Steps may be skipped where
 * the law allows: a full objection needs no pro-forma first, a fully granted or plainly
 * inadmissible objection needs no hearing (A6). A planned hearing can be called off (back to
 * grounds filed); anything may be closed (withdrawn, or done), and a closed objection reopens
 * into the state it was closed from.
 */
public enum ObjectionState {
    CONSIDERING,
    PRO_FORMA_FILED,
    GROUNDS_FILED,
    HEARING_PLANNED,
    HEARING_HELD,
    DECIDED,
    APPEAL_CONSIDERED,
    APPEAL_FILED,
    CLOSED;

    /** The states this one may move to directly (reopening a closed one is the aggregate's). */
    public Set<ObjectionState> next() {
        Set<ObjectionState> next = switch (this) {
            case CONSIDERING -> EnumSet.of(PRO_FORMA_FILED, GROUNDS_FILED);
            case PRO_FORMA_FILED -> EnumSet.of(GROUNDS_FILED, DECIDED);
            case GROUNDS_FILED -> EnumSet.of(HEARING_PLANNED, DECIDED);
            case HEARING_PLANNED -> EnumSet.of(HEARING_HELD, GROUNDS_FILED, DECIDED);
            case HEARING_HELD -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.of(APPEAL_CONSIDERED);
            case APPEAL_CONSIDERED -> EnumSet.of(APPEAL_FILED);
            case APPEAL_FILED, CLOSED -> EnumSet.noneOf(ObjectionState.class);
        };
        if (this != CLOSED) {
            next.add(CLOSED);
        }
        return next;
    }

    public boolean canMoveTo(ObjectionState target) {
        return next().contains(target);
    }

    /** The objection has reached the municipality (pro-forma or full). */
    public boolean isFiled() {
        return this != CONSIDERING && ordinal() < CLOSED.ordinal();
    }
}
