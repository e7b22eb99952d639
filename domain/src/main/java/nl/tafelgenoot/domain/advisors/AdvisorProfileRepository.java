package nl.tafelgenoot.domain.advisors;

import java.util.List;
import java.util.Optional;

/** The advisor profiles of the current tenant, with their absences loaded. */
public interface AdvisorProfileRepository {

    Optional<AdvisorProfile> forAccount(long accountId);

    List<AdvisorProfile> all();

    /** The profile whose private calendar feed has this secret. */
    Optional<AdvisorProfile> forFeedToken(String feedToken);

    AdvisorProfile add(AdvisorProfile profile);

    /** Writes pending changes now, so a refused one fails inside the service call. */
    void flush();
}
