package nl.tafelgenoot.domain.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The coordinator's overview of every case of the organisation, sorted by the nearest deadline
 * and filtered by phase, municipality, advisor, overdue and "deadline within N days" (the 14-day
 * radar is that filter). Coordinators only ({@link Permission#CASE_READ_ALL}). Sorting and
 * filtering happen in SQL on the next deadline each case carries, so a page costs the same with
 * 150,000 cases; the advisors' names are fetched per page. Like the case list, not audited;
 * opening a case from it is. Cases without contact for 14 days come from the start page
 * ({@code StartPageService}), not from here.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CaseOverviewService {

    @Inject
    CaseOverviewRepository overview;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<CaseOverviewRow> page(CaseOverviewFilter filter, PageRequest page) {
        user.require(Permission.CASE_READ_ALL);
        List<SupportCase> found = overview.page(filter, LocalDate.now(clock), page);
        Map<Long, List<Long>> assignees = overview.openAssignees(found.stream().map(SupportCase::getId).toList());
        Map<Long, Optional<String>> names = new HashMap<>();
        return found.stream().map(c -> new CaseOverviewRow(c.getPublicId(), c.getReference(),
                        c.getClient().getFullName(), c.getMunicipality(), c.getPhase(),
                        assignees.getOrDefault(c.getId(), List.of()).stream()
                                .map(id -> names.computeIfAbsent(id, i -> accounts.find(i).map(Account::getDisplayName)))
                                .flatMap(Optional::stream).toList(),
                        c.getNextDeadlineOn(), c.getNextDeadlineRule(), c.isNextDeadlineOverdue()))
                .toList();
    }

    public long count(CaseOverviewFilter filter) {
        user.require(Permission.CASE_READ_ALL);
        return overview.count(filter, LocalDate.now(clock));
    }
}
