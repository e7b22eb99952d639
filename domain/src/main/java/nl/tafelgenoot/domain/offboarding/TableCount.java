package nl.tafelgenoot.domain.offboarding;

/** How many rows of one table an offboarding deleted. */
public record TableCount(String table, long rows) {
}
