package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.statistics.DateSpan;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.statistics.JpaStatisticsRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import nl.tafelgenoot.persistence.testing.JdbcSeed;
import nl.tafelgenoot.persistence.testing.JdbcSeed.CaseRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics' queries on two organisations seeded alike (the same months, municipalities,
 * dates and outcomes) and then differently (B gets more of everything): organisation A's figures
 * are exactly what plain JDBC counts for A, and months follow Amsterdam's midnight, not UTC's.
 */
class StatisticsQueriesTest extends DatabaseTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final StatisticsPeriod YEAR_2025 = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private TenantId a;
    private TenantId b;
    private int clientNumber;

    @BeforeAll
    void twoOrganisations() throws SQLException {
        a = newOrganisation("statistics-a");
        b = newOrganisation("statistics-b");
        try (Connection c = db.connect(); JdbcSeed seed = new JdbcSeed(c)) {
            for (TenantId t : List.of(a, b)) {
                clientNumber = 0;
                alike(seed, t.value());
            }
            clientNumber = 100;
            different(seed, b.value(), 9);
            clientNumber = 100;
            different(seed, a.value(), 1);
        }
    }

    /** The same rows in both organisations, including the edges of the year and of a month. */
    private void alike(JdbcSeed seed, long t) throws SQLException {
        // 00:30 on 1 March in Amsterdam is still February in UTC: counts for March.
        long march = kase(seed, t, 1, "Zeist", Instant.parse("2025-02-28T23:30:00Z"), d(2025, 2, 20), d(2025, 3, 20), d(2025, 4, 1));
        seed.decision(t, march, d(2025, 4, 10), "PARTLY_GRANTED");
        seed.objection(t, march, d(2025, 6, 2), "REJECTED");
        long jan = kase(seed, t, 2, "Zeist", Instant.parse("2024-12-31T23:15:00Z"), d(2024, 12, 20), d(2025, 1, 15), d(2025, 1, 20));
        seed.decision(t, jan, d(2025, 2, 1), "GRANTED");
        long utrecht = kase(seed, t, 3, "Utrecht", Instant.parse("2025-06-15T10:00:00Z"), d(2025, 6, 1), d(2025, 7, 1), null);
        seed.decision(t, utrecht, d(2025, 8, 1), "REFUSED");
        seed.objection(t, utrecht, null, null);
        // Opened 00:30 on 1 January 2026 in Amsterdam: outside 2025, though UTC says 31 December.
        kase(seed, t, 4, "Utrecht", Instant.parse("2025-12-31T23:30:00Z"), d(2025, 12, 30), null, null);
        // The year before: outside.
        long old = kase(seed, t, 5, "Bunnik", Instant.parse("2024-06-01T10:00:00Z"), d(2024, 5, 1), d(2024, 6, 1), d(2024, 6, 5));
        seed.decision(t, old, d(2024, 7, 1), "GRANTED");
    }

    /** Rows only one organisation has: {@code n} more cases in Zeist and Bunnik, with decisions and objections. */
    private void different(JdbcSeed seed, long t, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            long id = kase(seed, t, 10 + i, i % 2 == 0 ? "Zeist" : "Bunnik", Instant.parse("2025-09-10T08:00:00Z"),
                    d(2025, 8, 1), d(2025, 9, 1).plusDays(i), d(2025, 9, 20));
            seed.decision(t, id, d(2025, 10, 1).plusDays(i), i % 3 == 0 ? "CHANGED" : "GRANTED");
            seed.objection(t, id, d(2025, 11, 1), i % 2 == 0 ? "GRANTED" : "INADMISSIBLE");
        }
    }

    private long kase(JdbcSeed seed, long t, int number, String municipality, Instant opened, LocalDate notified,
                      LocalDate interview, LocalDate application) throws SQLException {
        long client = seed.client(t, ++clientNumber, "Client" + clientNumber, municipality);
        return seed.supportCase(new CaseRow(t, client, 2025, number, municipality, "NOTIFICATION", notified, interview,
                application, opened, null, null, false));
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private JpaStatisticsRepository repository(jakarta.persistence.EntityManager em) {
        return new JpaStatisticsRepository(em);
    }

    @Test
    void newRequestsPerMonthAreAsJdbcCountsThemForTheOrganisationInAmsterdamMonths() throws SQLException {
        Map<YearMonth, Long> perMonth = asTenant(a, em -> repository(em).newRequestsPerMonth(YEAR_2025, AMSTERDAM));
        assertThat(perMonth.keySet()).hasSize(12).first().isEqualTo(YearMonth.of(2025, 1));
        Map<YearMonth, Long> jdbc = new HashMap<>();
        for (YearMonth m : YEAR_2025.months()) {
            jdbc.put(m, jdbcLong("select count(*) from support_case where tenant_id = ? and opened_at >= ? and opened_at < ?",
                    a.value(), utc(m.atDay(1)), utc(m.plusMonths(1).atDay(1))));
        }
        assertThat(perMonth).isEqualTo(jdbc);
        assertThat(perMonth.get(YearMonth.of(2025, 1))).as("23:15 UTC on New Year's Eve is January in Amsterdam").isEqualTo(1);
        assertThat(perMonth.get(YearMonth.of(2025, 2))).isZero();
        assertThat(perMonth.get(YearMonth.of(2025, 3))).isEqualTo(1);
        assertThat(perMonth.get(YearMonth.of(2025, 9))).as("A's own single case").isEqualTo(1);
        assertThat(perMonth.get(YearMonth.of(2025, 12))).as("00:30 on 1 January 2026 is not 2025").isZero();
        assertThat(asTenant(b, em -> repository(em).newRequestsPerMonth(YEAR_2025, AMSTERDAM)).get(YearMonth.of(2025, 9)))
                .isEqualTo(9);
    }

    @Test
    void aRequestThatBecameACaseCountsOnceInTheMonthItCameInAndAHandoverNotAtAll() throws SQLException {
        TenantId c = newOrganisation("statistics-c");
        long viaIntake;
        try (Connection connection = db.connect(); JdbcSeed seed = new JdbcSeed(connection)) {
            clientNumber = 500;
            viaIntake = kase(seed, c.value(), 1, "Zeist", Instant.parse("2025-06-15T10:00:00Z"), d(2025, 6, 1), null, null);
            kase(seed, c.value(), 2, "Zeist", Instant.parse("2025-06-20T10:00:00Z"), d(2025, 6, 1), null, null);
        }
        asTenant(c, em -> {
            SupportCase opened = em.find(SupportCase.class, viaIntake);
            IntakeRequest became = request(Instant.parse("2025-05-30T09:00:00Z"));
            became.linkClient(opened.getClient());
            became.becameCase(opened);
            em.persist(became);
            em.persist(request(Instant.parse("2025-05-02T09:00:00Z")));
            em.persist(IntakeRequest.handover(opened, "Overdracht", Instant.parse("2025-07-01T09:00:00Z")));
            return null;
        });
        Map<YearMonth, Long> perMonth = asTenant(c, em -> repository(em).newRequestsPerMonth(YEAR_2025, AMSTERDAM));
        assertThat(perMonth.get(YearMonth.of(2025, 5))).as("two requests came in, one became a case").isEqualTo(2);
        assertThat(perMonth.get(YearMonth.of(2025, 6))).as("only the case opened without a request").isEqualTo(1);
        assertThat(perMonth.get(YearMonth.of(2025, 7))).as("a handover is no new request").isZero();
        assertThat(asTenant(a, em -> repository(em).newRequestsPerMonth(YEAR_2025, AMSTERDAM)).get(YearMonth.of(2025, 5)))
                .as("another organisation's requests never count").isZero();
    }

    private static IntakeRequest request(Instant received) {
        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.OTHER);
        request.setGivenName("Ria");
        request.setSurname("Jansen");
        request.setPhone("06-12345678");
        request.setMunicipality("Zeist");
        request.setQuestion("Hulp gevraagd");
        request.receive(1L, received);
        return request;
    }

    @Test
    void casesPerMunicipality() throws SQLException {
        Map<String, Long> counts = asTenant(a, em -> repository(em).casesPerMunicipality(YEAR_2025, AMSTERDAM));
        assertThat(counts).isEqualTo(jdbcCounts("select municipality, count(*) from support_case where tenant_id = ?"
                + " and opened_at >= ? and opened_at < ? group by municipality", a.value(),
                utc(LocalDate.of(2025, 1, 1)), utc(LocalDate.of(2026, 1, 1))));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("Zeist", 3L, "Utrecht", 1L));
    }

    @Test
    void outcomesOfDecisionsAndObjections() throws SQLException {
        Map<DecisionOutcome, Long> decisions = asTenant(a, em -> repository(em).decisionOutcomes(YEAR_2025));
        Map<String, Long> jdbc = jdbcCounts("select outcome, count(*) from decision where tenant_id = ?"
                + " and decided_on between ? and ? and outcome is not null group by outcome", a.value(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(names(decisions)).isEqualTo(jdbc);
        assertThat(decisions).containsExactlyInAnyOrderEntriesOf(Map.of(DecisionOutcome.GRANTED, 1L,
                DecisionOutcome.PARTLY_GRANTED, 1L, DecisionOutcome.REFUSED, 1L, DecisionOutcome.CHANGED, 1L));

        Map<ObjectionOutcome, Long> objections = asTenant(a, em -> repository(em).objectionOutcomes(YEAR_2025));
        assertThat(names(objections)).isEqualTo(jdbcCounts("select outcome, count(*) from objection where tenant_id = ?"
                + " and decision_dispatched_on between ? and ? and outcome is not null group by outcome", a.value(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(objections).containsExactlyInAnyOrderEntriesOf(Map.of(ObjectionOutcome.REJECTED, 1L,
                ObjectionOutcome.GRANTED, 1L));
        assertThat(asTenant(b, em -> repository(em).objectionOutcomes(YEAR_2025)).get(ObjectionOutcome.INADMISSIBLE))
                .isEqualTo(4);
    }

    @Test
    void theSpansForMediansAreOnlyTheOrganisationsOwn() throws SQLException {
        List<DateSpan> interviews = asTenant(a, em -> repository(em).notificationToInterview(YEAR_2025));
        assertThat(sorted(interviews)).isEqualTo(jdbcSpans("select municipality, notified_on, interview_on from support_case"
                + " where tenant_id = ? and interview_on between ? and ?", a.value()));
        assertThat(interviews).hasSize(4);

        List<DateSpan> decided = asTenant(a, em -> repository(em).applicationToDecision(YEAR_2025));
        assertThat(sorted(decided)).isEqualTo(jdbcSpans("select c.municipality, c.application_on, d.decided_on"
                + " from decision d join support_case c on c.tenant_id = d.tenant_id and c.id = d.case_id"
                + " where d.tenant_id = ? and d.decided_on between ? and ? and c.application_on is not null", a.value()));
        assertThat(decided).as("the Utrecht case has no application date").hasSize(3);
        List<DateSpan> ofB = asTenant(b, em -> repository(em).applicationToDecision(YEAR_2025));
        assertThat(ofB).hasSize(11);
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> byName = new HashMap<>();
        counts.forEach((k, v) -> byName.put(k.name(), v));
        return byName;
    }

    private static List<DateSpan> sorted(List<DateSpan> spans) {
        return spans.stream().sorted(Comparator.comparing(DateSpan::municipality).thenComparing(DateSpan::start)
                .thenComparing(DateSpan::end)).toList();
    }

    private static LocalDateTime utc(LocalDate amsterdamDay) {
        return LocalDateTime.ofInstant(amsterdamDay.atStartOfDay(AMSTERDAM).toInstant(), ZoneOffset.UTC);
    }

    private long jdbcLong(String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> jdbcCounts(String sql, Object... params) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private List<DateSpan> jdbcSpans(String sql, long tenant) throws SQLException {
        List<DateSpan> spans = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement s = prepare(c, sql, tenant, YEAR_2025.from(), YEAR_2025.to());
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                spans.add(new DateSpan(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
            }
        }
        return sorted(spans);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
