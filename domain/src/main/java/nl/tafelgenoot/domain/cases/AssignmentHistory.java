package nl.tafelgenoot.domain.cases;

import java.time.Instant;

/** One advisor's time on a case, for the case page: reassigning keeps who worked on it before. */
public record AssignmentHistory(String advisorName, Instant from, Instant until) {
}
