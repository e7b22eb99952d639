package nl.tafelgenoot.domain.objections;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Decisions on the current tenant's cases, one per case. */
public interface DecisionRepository {

    Optional<Decision> forCase(SupportCase supportCase);

    /** The decisions of these cases, in one query. */
    List<Decision> forCases(Collection<SupportCase> cases);

    Decision add(Decision decision);

    /** Writes pending changes now, so a concurrent change is refused inside the service call. */
    void flush();
}
