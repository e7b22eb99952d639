package nl.tafelgenoot.domain.preparation;

import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Preparations of the current tenant, one per case. */
public interface PreparationRepository {

    /** The preparation of the case with all its parts loaded, if one was stored. */
    Optional<CasePreparation> forCase(SupportCase supportCase);

    void add(CasePreparation preparation);

    void flush();
}
