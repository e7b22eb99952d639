package nl.tafelgenoot.domain.security;

/**
 * Permission strings in Shiro's wildcard syntax ({@code domain:action[:scope]}). Views check
 * them before they open, services check them again before they act.
 *
 * <p>Scopes: a grant of {@code client:read} implies every scope, so coordinators hold that; an
 * advisor holds only {@code client:read:assigned} and sees the clients of the cases assigned to
 * them (and the clients they registered). Screens ask for the {@code :assigned} form ("may read
 * some"), services decide the scope with the {@code :all} form.
 */
public final class Permission {

    /** May read clients at all (at least their own); the gate of client screens. */
    public static final String CLIENT_READ = "client:read:assigned";
    /** May read every client of the organisation. */
    public static final String CLIENT_READ_ALL = "client:read:all";
    public static final String CLIENT_WRITE = "client:write";

    /** May read cases at all (at least the assigned ones); the gate of case screens. */
    public static final String CASE_READ = "case:read:assigned";
    /** May read every case of the organisation. */
    public static final String CASE_READ_ALL = "case:read:all";
    public static final String CASE_WRITE = "case:write";
    /** May give cases to advisors. */
    public static final String CASE_ASSIGN = "case:assign";

    /** May read and keep up their own advisor profile: languages, availability, absences. */
    public static final String PROFILE_OWN = "profile:own";

    public static final String AUDIT_READ = "audit:read";
    /**
     * The whole organisation's audit trail, filtered by person, client and period (admins). Not
     * "audit:read:…": a wildcard "audit:read" would imply it.
     */
    public static final String AUDIT_TRAIL = "audit-trail:read";

    /** May read the organisation's statistics (coordinators): counts, medians and caseload, no client data. */
    public static final String STATISTICS_READ = "statistics:read";

    /** May read the organisation's outbox of e-mail (admins). */
    public static final String MAIL_READ = "mail:read";
    /** The organisation's own settings: booking page, VOG limit (admins). */
    public static final String ORGANISATION_MANAGE = "organisation:manage";
    /** The organisation's people: invite, give and take roles, deactivate, reset access (admins). */
    public static final String PEOPLE_MANAGE = "people:manage";

    /**
     * Clients' privacy requests: the export of everything stored about a client and its erasure
     * (coordinators and admins). Not "client:…": a wildcard "client:read" would imply it.
     */
    public static final String PRIVACY_MANAGE = "privacy:manage";

    /**
     * The platform operator's work: create, suspend and reactivate organisations, see their counts.
     * Held only by platform operators, outside every organisation; no role of an organisation implies it.
     */
    public static final String PLATFORM_MANAGE = "platform:manage";

    private Permission() {
    }
}
