package nl.tafelgenoot.domain.interviews;

import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Interview plans of the current tenant, one per case. */
public interface InterviewPlanRepository {

    Optional<InterviewPlan> forCase(SupportCase supportCase);

    InterviewPlan save(InterviewPlan plan);
}
