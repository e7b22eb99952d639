package nl.tafelgenoot.domain.intake;

import java.util.List;

/**
 * What the coordinators of one organisation read on Monday morning: the week's new requests,
 * the requests waiting for an advisor longer than three days, the cases with an overdue
 * deadline and the number of silent cases. The lists are cut at a few dozen, the counts are
 * whole. References and topics only, no client.
 */
public record WeeklyDigest(int week, long newRequests, long waitingCount, List<Waiting> waiting, long overdueCount,
                           List<Overdue> overdue, int silentCases) {

    public WeeklyDigest {
        waiting = List.copyOf(waiting);
        overdue = List.copyOf(overdue);
    }

    public record Waiting(long days, IntakeTopic topic) {
    }

    public record Overdue(String reference, String ruleId) {
    }
}
