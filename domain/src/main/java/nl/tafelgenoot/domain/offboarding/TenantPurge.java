package nl.tafelgenoot.domain.offboarding;

import java.util.List;

/**
 * Deletes every row of the organisation bound now: each table with a tenant column, and the global
 * rows that belong to it (memberships, invitations, letterhead, regions), and the login identities
 * that worked for it alone (a person who also works elsewhere keeps their account). Leaves the
 * organisation row. Runs only in a tenant-bound transaction.
 */
public interface TenantPurge {

    /** Rows deleted per table, in the order they went. */
    List<TableCount> purgeCurrentTenant();
}
