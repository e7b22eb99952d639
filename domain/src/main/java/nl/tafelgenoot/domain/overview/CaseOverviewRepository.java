package nl.tafelgenoot.domain.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * The overview's queries on the bound organisation's cases, filtered and sorted in SQL on the
 * next deadline noted on each case: nearest first, cases without one last, then by reference.
 */
public interface CaseOverviewRepository {

    /** One page of cases matching the filter, with their clients loaded. */
    List<SupportCase> page(CaseOverviewFilter filter, LocalDate today, PageRequest page);

    long count(CaseOverviewFilter filter, LocalDate today);

    /** Per case id, the account ids of its open assignments, in the order they were made. */
    Map<Long, List<Long>> openAssignees(List<Long> caseIds);
}
