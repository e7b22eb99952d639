package nl.tafelgenoot.domain.interviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Interview plans of the current tenant, one per case. */
public interface InterviewPlanRepository {

    Optional<InterviewPlan> forCase(SupportCase supportCase);

    InterviewPlan save(InterviewPlan plan);

    /**
     * The plans for interviews from {@code from} to {@code to} (both included) on cases that are
     * not closed, with case and client loaded, by date and time. With an advisor id only that
     * advisor's cases; with {@code null} all of the organisation's.
     */
    List<InterviewPlan> plannedBetween(LocalDate from, LocalDate to, Long advisorAccountId);
}
