package nl.tafelgenoot.domain.overview;

import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.shared.Texts;

/**
 * What the coordinator's overview of all cases is narrowed to; every part is optional (null or
 * false means "any"). {@code withinDays} keeps the cases whose next deadline falls on or before
 * today plus that many days, so overdue ones are in too: the deadline radar is {@link #radar()}.
 */
public record CaseOverviewFilter(CasePhase phase, String municipality, Long advisorAccountId, boolean overdueOnly,
                                 Integer withinDays) {

    /** The radar's reach and the largest "within N days" the overview accepts. */
    public static final int RADAR_DAYS = 14;
    public static final int MAX_WITHIN_DAYS = 366;

    public CaseOverviewFilter {
        municipality = Texts.clean(municipality);
        if (withinDays != null && (withinDays < 0 || withinDays > MAX_WITHIN_DAYS)) {
            throw new IllegalArgumentException("within days must be 0 to " + MAX_WITHIN_DAYS);
        }
    }

    /** Every case of the organisation. */
    public static CaseOverviewFilter all() {
        return new CaseOverviewFilter(null, null, null, false, null);
    }

    /** The deadline radar: cases whose next deadline is within 14 days, overdue ones included. */
    public static CaseOverviewFilter radar() {
        return new CaseOverviewFilter(null, null, null, false, RADAR_DAYS);
    }
}
