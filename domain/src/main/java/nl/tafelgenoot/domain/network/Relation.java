package nl.tafelgenoot.domain.network;

/**
 * How a member of the network relates to the client, in the order of who may act for the client
 * (Wmo 2015 art. 1.1.1: a legal representative, then the partner, then close family, then others).
 */
public enum Relation {
    LEGAL_REPRESENTATIVE(0),
    PARTNER(1),
    CHILD(2),
    OTHER_FAMILY(2),
    NEIGHBOUR(3),
    FRIEND(3),
    OTHER(3);

    private final int actingRank;

    Relation(int actingRank) {
        this.actingRank = actingRank;
    }

    /** Lower comes first in who may act for the client; equal ranks are equal in law. */
    public int actingRank() {
        return actingRank;
    }
}
