package nl.tafelgenoot.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.shared.PageRequest;

/** The intake requests of the current tenant, with their offers. */
public interface IntakeRequestRepository {

    Optional<IntakeRequest> findByPublicId(String publicId);

    /** Waiting and offered requests: urgent ones first, then the oldest first. */
    List<IntakeRequest> queue(PageRequest page);

    long queueCount();

    /** Requests with an unanswered offer to this advisor, oldest first. */
    List<IntakeRequest> offeredTo(long accountId);

    /** How many requests came in from {@code from} (inclusive) to {@code until} (exclusive). */
    long countReceived(Instant from, Instant until);

    /** Waiting requests (nobody asked, or everybody declined) received before {@code before}, oldest first. */
    List<IntakeRequest> waitingSince(Instant before);

    IntakeRequest add(IntakeRequest request);
}
