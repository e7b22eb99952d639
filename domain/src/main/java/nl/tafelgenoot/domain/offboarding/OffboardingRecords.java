package nl.tafelgenoot.domain.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.shared.NotFoundException;

/**
 * The global side of offboarding, each change in its own transaction: the organisation's status and
 * the offboarding record with its links. {@link OffboardingService} asks for the permission and runs
 * the work inside the organisation.
 */
@ApplicationScoped
@Transactional
public class OffboardingRecords {

    /** A new offboarding and its organisation. */
    public record Started(Organisation organisation, Offboarding offboarding) {
    }

    /** The offboarding a link belongs to, and its organisation. */
    public record Found(Organisation organisation, Offboarding offboarding) {
    }

    @Inject
    OffboardingRepository offboardings;

    @Inject
    OrganisationRepository organisations;

    Started start(long organisationId, String typedSlug, long by, Instant now) {
        Organisation organisation = organisation(organisationId);
        if (organisation.getStatus() == OrganisationStatus.OFFBOARDING
                || organisation.getStatus() == OrganisationStatus.OFFBOARDED) {
            throw new OffboardingRefused("alreadyLeaving", null);
        }
        if (typedSlug == null || !typedSlug.strip().equals(organisation.getSlug())) {
            throw new OffboardingRefused("confirmationMismatch", "confirmation");
        }
        organisation.startOffboarding();
        return new Started(organisation, offboardings.add(new Offboarding(organisationId, by, now)));
    }

    void addLinks(long offboardingId, Map<String, String> hashesByEmail) {
        Offboarding offboarding = offboardings.find(offboardingId).orElseThrow();
        hashesByEmail.forEach(offboarding::addLink);
    }

    Organisation cancel(long organisationId, long by, Instant now) {
        Organisation organisation = organisation(organisationId);
        Offboarding offboarding = offboardings.latestOf(organisationId).filter(Offboarding::isWaiting)
                .orElseThrow(() -> new OffboardingRefused("notLeaving", null));
        if (organisation.getStatus() != OrganisationStatus.OFFBOARDING) {
            throw new OffboardingRefused("notLeaving", null);
        }
        offboarding.cancel(by, now);
        organisation.cancelOffboarding();
        return organisation;
    }

    Optional<Offboarding> latestOf(long organisationId) {
        return offboardings.latestOf(organisationId);
    }

    Optional<Found> usable(String tokenHash, Instant now) {
        return offboardings.findByTokenHash(tokenHash)
                .filter(offboarding -> offboarding.usableLink(tokenHash, now).isPresent())
                .flatMap(offboarding -> organisations.find(offboarding.getOrganisationId())
                        .filter(o -> o.getStatus() == OrganisationStatus.OFFBOARDING)
                        .map(o -> new Found(o, offboarding)));
    }

    /** As {@link #usable}, and counts the download. */
    Optional<Found> download(String tokenHash, Instant now) {
        Optional<Found> found = usable(tokenHash, now);
        found.ifPresent(f -> f.offboarding().downloaded(tokenHash, now));
        return found;
    }

    List<Offboarding> dueAt(Instant now) {
        return offboardings.dueAt(now);
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
    }
}
