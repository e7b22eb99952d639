package nl.tafelgenoot.domain.advisors;

import java.util.List;
import java.util.Optional;

/** The advisor profiles of the current tenant, with their absences loaded. */
public interface AdvisorProfileRepository {

    Optional<AdvisorProfile> forAccount(long accountId);

    List<AdvisorProfile> all();

    AdvisorProfile add(AdvisorProfile profile);

    /** Writes pending changes now, so a refused one fails inside the service call. */
    void flush();
}
