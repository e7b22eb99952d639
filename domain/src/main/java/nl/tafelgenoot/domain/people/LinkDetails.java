package nl.tafelgenoot.domain.people;

/**
 * What the public link page may show of a usable link: for whom, which organisation, and whether
 * the person must choose a password ({@code false}: they already have an account and log in with it).
 */
public record LinkDetails(InvitationPurpose purpose, String name, String email, String organisationName,
                          boolean choosesPassword) {
}
