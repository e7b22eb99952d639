package nl.tafelgenoot.domain.platform;

import java.time.Instant;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;

/**
 * One organisation as the platform operator sees it: its own details and counts only, never a
 * name or detail of a client or person. {@code storageBytes} is the size of the documents kept
 * on its cases (uploaded decision letters, reports), the one kind of file the portal stores.
 */
public record OrganisationLine(long id, String name, String slug, OrganisationKind kind, OrganisationStatus status,
                               String region, String contactEmail, Instant createdAt, long people, long openCases,
                               long storageBytes) {
}
