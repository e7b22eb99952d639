package nl.tafelgenoot.domain.deadlines;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened in an objection procedure that changes the decision term (A5, Awb 7:10): an
 * advisory committee the municipality announced (12 instead of 6 weeks; without the announcement
 * the 6 weeks stand), a written extension (once, by at most 6 weeks; the portal assumes the full 6),
 * and repair periods that stop the clock. Further postponement by consent (7:10 lid 4) is not
 * modelled.
 */
public record ObjectionProcedure(boolean advisoryCommitteeAnnounced, boolean extended, List<RepairPeriod> repairPeriods) {

    public static final ObjectionProcedure STANDARD = new ObjectionProcedure(false, false, List.of());

    public ObjectionProcedure {
        repairPeriods = List.copyOf(repairPeriods);
    }

    public ObjectionProcedure withAdvisoryCommittee() {
        return new ObjectionProcedure(true, extended, repairPeriods);
    }

    public ObjectionProcedure withExtension() {
        return new ObjectionProcedure(advisoryCommitteeAnnounced, true, repairPeriods);
    }

    public ObjectionProcedure withRepairPeriod(RepairPeriod repairPeriod) {
        List<RepairPeriod> periods = new ArrayList<>(repairPeriods);
        periods.add(repairPeriod);
        return new ObjectionProcedure(advisoryCommitteeAnnounced, extended, periods);
    }

    long suspendedDays() {
        return repairPeriods.stream().mapToLong(RepairPeriod::suspendedDays).sum();
    }
}
