package nl.tafelgenoot.domain.reports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Report checks of the current tenant's cases, one per case. */
public interface ReportCheckRepository {

    /** The check of the case with its differences loaded, if one was recorded. */
    Optional<ReportCheck> forCase(SupportCase supportCase);

    ReportCheck add(ReportCheck check);

    /** Writes pending changes now, so a concurrent change is refused inside the service call. */
    void flush();

    /**
     * When each case's report was last checked, by case id, in one query. With an advisor id
     * only that advisor's cases; with {@code null} all of the organisation's.
     */
    Map<Long, Instant> checkedAtByCase(Long advisorAccountId);
}
