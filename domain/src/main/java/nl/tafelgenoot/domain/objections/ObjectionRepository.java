package nl.tafelgenoot.domain.objections;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Objections of the current tenant's cases, one per case. */
public interface ObjectionRepository {

    Optional<Objection> forCase(SupportCase supportCase);

    /** The objections of these cases, in one query. */
    List<Objection> forCases(Collection<SupportCase> cases);

    Objection add(Objection objection);

    /** Writes pending changes now, so a concurrent change is refused inside the service call. */
    void flush();
}
