package nl.tafelgenoot.domain.offboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Offboarding records: global, each names its organisation. */
public interface OffboardingRepository {

    Offboarding add(Offboarding offboarding);

    Optional<Offboarding> find(long id);

    /** The organisation's latest offboarding, waiting, cancelled or carried out. */
    Optional<Offboarding> latestOf(long organisationId);

    /** The offboarding with a link whose secret has this SHA-256, whatever its state. */
    Optional<Offboarding> findByTokenHash(String tokenHash);

    /** Offboardings still waiting whose waiting period ended before the moment. */
    List<Offboarding> dueAt(Instant now);
}
