package nl.tafelgenoot.domain.objections;

import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.SupportCase;

/**
 * A case with its decision and objection as stored, the dates computed from them today, and all
 * the case's dates together ({@link AllCaseDeadlines}).
 */
public record CaseFile(SupportCase supportCase, Optional<Decision> decision, Optional<Objection> objection,
                       ObjectionSchedule.Result schedule, List<CaseDeadline> allDeadlines) {
}
