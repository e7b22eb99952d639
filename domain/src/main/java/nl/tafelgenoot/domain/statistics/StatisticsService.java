package nl.tafelgenoot.domain.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.Durations;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The coordinator's statistics of the organisation for a period ({@link Permission#STATISTICS_READ}):
 * new requests per month, cases per municipality, outcomes of decisions and objections, median
 * days from notification to interview and from application to decision per municipality, and
 * every advisor's open cases against their maximum. A fixed number of queries whatever the period
 * (see {@link StatisticsRepository}). Holds no client's name or details, so it is not audited.
 * Spans end no later than today: a planned interview is not yet an interview held.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class StatisticsService {

    @Inject
    StatisticsRepository statistics;

    @Inject
    SupportCaseRepository cases;

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Statistics statistics(StatisticsPeriod period) {
        user.require(Permission.STATISTICS_READ);
        LocalDate today = LocalDate.now(clock);
        Map<YearMonth, Long> perMonth = statistics.newRequestsPerMonth(period, clock.getZone());
        List<MonthCount> months = period.months().stream()
                .map(m -> new MonthCount(m, perMonth.getOrDefault(m, 0L))).toList();
        List<MunicipalityCount> municipalities = statistics.casesPerMunicipality(period, clock.getZone()).entrySet()
                .stream().map(e -> new MunicipalityCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(MunicipalityCount::count).reversed()
                        .thenComparing(MunicipalityCount::municipality))
                .toList();
        Map<DecisionOutcome, Long> decisions = new EnumMap<>(DecisionOutcome.class);
        for (DecisionOutcome o : DecisionOutcome.values()) {
            decisions.put(o, 0L);
        }
        decisions.putAll(statistics.decisionOutcomes(period));
        Map<ObjectionOutcome, Long> objections = new EnumMap<>(ObjectionOutcome.class);
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            objections.put(o, 0L);
        }
        objections.putAll(statistics.objectionOutcomes(period));
        StatisticsPeriod untilToday = period.endingBy(today);
        boolean started = !period.from().isAfter(today);
        Durations interviews = Durations.of(started ? statistics.notificationToInterview(untilToday) : List.of());
        Durations decided = Durations.of(started ? statistics.applicationToDecision(untilToday) : List.of());
        return new Statistics(period, months, municipalities, decisions, objections, interviews, decided, caseload());
    }

    /** Every advisor of the organisation, by name, with open cases now and the maximum (the default without a profile). */
    private List<Caseload> caseload() {
        Map<Long, Integer> open = cases.openCasesPerAdvisor();
        Map<Long, AdvisorProfile> byAccount = profiles.all().stream()
                .collect(Collectors.toMap(AdvisorProfile::getAccountId, Function.identity()));
        return accounts.withRole(tenant.require(), Role.ADVISOR).stream()
                .map(a -> new Caseload(a.getId(), a.getDisplayName(), open.getOrDefault(a.getId(), 0),
                        byAccount.containsKey(a.getId()) ? byAccount.get(a.getId()).getMaxOpenCases()
                                : AdvisorProfile.DEFAULT_MAX_OPEN_CASES))
                .sorted(Comparator.comparing(Caseload::advisor, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
