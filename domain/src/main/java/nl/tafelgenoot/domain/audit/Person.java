package nl.tafelgenoot.domain.audit;

/** Someone whose actions the admin can filter the trail on. */
public record Person(long accountId, String name) {
}
