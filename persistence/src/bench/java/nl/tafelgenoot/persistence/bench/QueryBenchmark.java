package nl.tafelgenoot.persistence.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.migrations.Migrations;
import nl.tafelgenoot.persistence.overview.JpaCaseOverviewRepository;
import nl.tafelgenoot.persistence.statistics.JpaStatisticsRepository;
import nl.tafelgenoot.persistence.testing.JdbcSeed;
import nl.tafelgenoot.persistence.testing.JdbcSeed.CaseRow;
import nl.tafelgenoot.persistence.testing.TestDatabase;

/**
 * The overview's and the statistics' queries on a large organisation: 100,000 clients and
 * 150,000 cases over five years (40 advisors, 30 municipalities, decisions and objections),
 * beside a second organisation of 5,000 clients and 7,500 cases seeded the same way, so the
 * tenant condition has rows to skip. Seeded with JDBC batches into a database of its own on the
 * MariaDB at {@code TAFELGENOOT_TEST_DB_URL} (dropped afterwards), migrated by Flyway as tests
 * do. Each query runs through the application's JPA repository: warm-up, then the median of
 * {@code -Dbench.runs} runs (default 15). Then each query once more with parameter binding off,
 * its SQL taken from EclipseLink's log and EXPLAINed. Prints a table (and writes it to
 * {@code target/bench.md}). Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -q -Pbench -pl domain,persistence verify -DskipTests} (with {@code -Dbench.only=queries}
 * to leave out {@link SlotSearchBenchmark}).
 */
public final class QueryBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.now(AMSTERDAM);
    private static final List<String> MUNICIPALITIES = List.of("Utrecht", "Amersfoort", "Zeist", "Nieuwegein",
            "Veenendaal", "Houten", "IJsselstein", "Woerden", "De Bilt", "Utrechtse Heuvelrug", "Stichtse Vecht",
            "Soest", "Baarn", "Bunnik", "Wijk bij Duurstede", "Lopik", "Montfoort", "Oudewater", "Renswoude",
            "Rhenen", "Vijfheerenlanden", "Leusden", "Woudenberg", "Eemnes", "De Ronde Venen", "Amsterdam",
            "Rotterdam", "'s-Gravenhage", "Eindhoven", "Groningen");
    private static final String[] DECISIONS = {"GRANTED", "GRANTED", "PARTLY_GRANTED", "REFUSED", "CHANGED", "ENDED"};
    private static final String[] OBJECTIONS = {"GRANTED", "PARTLY_GRANTED", "REJECTED", "REJECTED", "INADMISSIBLE"};
    private static final int ADVISORS = 40;
    private static final long FIRST_ADVISOR = 100_000;

    private static final Logger LOG = Logger.getLogger(QueryBenchmark.class.getName());

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only");
        if (only != null && !only.isBlank() && !only.equals("queries")) {
            LOG.info(() -> "Query benchmark skipped: -Dbench.only=" + only);
            return;
        }
        int runs = Integer.getInteger("bench.runs", 15);
        TestDatabase.Database db = TestDatabase.create("bench");
        try {
            long started = System.nanoTime();
            Migrations.apply(db.dataSource());
            EntityManagerFactory timed = open(db, true);
            TenantId big = organisation(timed, "bench-groot");
            TenantId small = organisation(timed, "bench-klein");
            seed(db, big.value(), 100_000, 150_000, 1);
            seed(db, small.value(), 5_000, 7_500, 2);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE client, support_case, case_assignment, decision, objection");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info(() -> String.format("Seeded and migrated in %.0f s", seconds));

            Map<String, Function<EntityManager, Object>> queries = queries();
            Map<String, Double> medians = new LinkedHashMap<>();
            for (var q : queries.entrySet()) {
                medians.put(q.getKey(), medianMillis(timed, big, q.getValue(), runs));
            }
            timed.close();

            EntityManagerFactory logged = open(db, false);
            StringBuilder report = new StringBuilder();
            report.append(machine(db)).append("\n\n| query | median ms | EXPLAIN (table: access type, key, rows, extra) |\n|---|---:|---|\n");
            for (var q : queries.entrySet()) {
                SqlCapture.clear();
                run(logged, big, q.getValue());
                List<String> plans = new ArrayList<>();
                try (Connection c = db.connect()) {
                    for (String sql : SqlCapture.statements()) {
                        if (sql.trim().toUpperCase().startsWith("SELECT")) {
                            plans.add(explain(c, sql));
                            LOG.info("-- " + q.getKey() + "\n" + sql);
                        }
                    }
                }
                report.append(String.format("| %s | %.1f | %s |%n", q.getKey(), medians.get(q.getKey()),
                        String.join("<br>", plans)));
            }
            logged.close();
            LOG.info(() -> "\n" + report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench.md"), report.toString());
        } finally {
            db.drop();
        }
    }

    /** The overview (first page of 50 and the count, as the grid asks) per filter, and the statistics of last year. */
    private static Map<String, Function<EntityManager, Object>> queries() {
        Map<String, Function<EntityManager, Object>> q = new LinkedHashMap<>();
        Map<String, CaseOverviewFilter> filters = new LinkedHashMap<>();
        filters.put("unfiltered", CaseOverviewFilter.all());
        filters.put("overdue", new CaseOverviewFilter(null, null, null, true, null));
        filters.put("municipality", new CaseOverviewFilter(null, "Zeist", null, false, null));
        filters.put("phase", new CaseOverviewFilter(CasePhase.PREPARATION, null, null, false, null));
        filters.put("within 14 days", CaseOverviewFilter.radar());
        filters.put("advisor", new CaseOverviewFilter(null, null, FIRST_ADVISOR + 7, false, null));
        for (var f : filters.entrySet()) {
            q.put("overview page: " + f.getKey(),
                    em -> new JpaCaseOverviewRepository(em).page(f.getValue(), TODAY, new PageRequest(0, 50)).size());
            q.put("overview count: " + f.getKey(), em -> new JpaCaseOverviewRepository(em).count(f.getValue(), TODAY));
        }
        StatisticsPeriod year = StatisticsPeriod.lastYear(TODAY);
        q.put("statistics: new requests per month", em -> new JpaStatisticsRepository(em).newRequestsPerMonth(year, AMSTERDAM));
        q.put("statistics: cases per municipality", em -> new JpaStatisticsRepository(em).casesPerMunicipality(year, AMSTERDAM));
        q.put("statistics: decision outcomes", em -> new JpaStatisticsRepository(em).decisionOutcomes(year));
        q.put("statistics: objection outcomes", em -> new JpaStatisticsRepository(em).objectionOutcomes(year));
        q.put("statistics: notification to interview", em -> new JpaStatisticsRepository(em).notificationToInterview(year).size());
        q.put("statistics: application to decision", em -> new JpaStatisticsRepository(em).applicationToDecision(year).size());
        return q;
    }

    private static double medianMillis(EntityManagerFactory emf, TenantId tenant, Function<EntityManager, Object> query,
                                       int runs) {
        for (int i = 0; i < 3; i++) {
            run(emf, tenant, query);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run(emf, tenant, query);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    private static void run(EntityManagerFactory emf, TenantId tenant, Function<EntityManager, Object> query) {
        EntityManager em = emf.createEntityManager(Map.of("eclipselink.tenant-id", tenant.asProperty()));
        try {
            em.getTransaction().begin();
            query.apply(em);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
    }

    private static EntityManagerFactory open(TestDatabase.Database db, boolean bind) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver");
        props.put("jakarta.persistence.jdbc.url", db.url());
        props.put("jakarta.persistence.jdbc.user", db.user());
        props.put("jakarta.persistence.jdbc.password", db.password());
        props.put("eclipselink.session-name", "bench-" + UUID.randomUUID());
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        if (!bind) {
            props.put("eclipselink.jdbc.bind-parameters", "false");
            props.put("eclipselink.logging.logger", SqlCapture.class.getName());
            props.put("eclipselink.logging.level.sql", "FINE");
        }
        return Persistence.createEntityManagerFactory("tafelgenoot", props);
    }

    private static TenantId organisation(EntityManagerFactory emf, String slug) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Organisation o = new Organisation(slug, "Organisatie " + slug, OrganisationKind.OTHER, Instant.now());
            em.persist(o);
            em.getTransaction().commit();
            return o.tenantId();
        } finally {
            em.close();
        }
    }

    /**
     * Clients and cases spread evenly over the last five years; about a third of the cases closed
     * (no deadline), the others with a next deadline from 60 days ago to 200 days ahead (overdue
     * when past), each open case assigned to one of 40 advisors; a decision on 40 % of the cases
     * and an objection on a quarter of those.
     */
    private static void seed(TestDatabase.Database db, long tenant, int clients, int cases, long randomSeed) throws Exception {
        Random random = new Random(randomSeed);
        CasePhase[] phases = CasePhase.values();
        try (Connection c = db.connect(); JdbcSeed seed = new JdbcSeed(c)) {
            long[] clientIds = new long[clients];
            for (int i = 0; i < clients; i++) {
                clientIds[i] = seed.client(tenant, i + 1, "Client" + i, MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())));
            }
            Map<Integer, Integer> numbers = new HashMap<>();
            long spanSeconds = 5L * 365 * 24 * 3600;
            Instant first = TODAY.minusYears(5).atStartOfDay(AMSTERDAM).toInstant();
            for (int i = 0; i < cases; i++) {
                Instant opened = first.plusSeconds((long) (random.nextDouble() * spanSeconds));
                LocalDate openedOn = LocalDate.ofInstant(opened, AMSTERDAM);
                int year = openedOn.getYear();
                int number = numbers.merge(year, 1, Integer::sum);
                String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
                CasePhase phase = random.nextInt(3) == 0 ? CasePhase.CLOSED : phases[random.nextInt(phases.length - 1)];
                LocalDate notified = openedOn.minusDays(random.nextInt(10));
                LocalDate interview = random.nextInt(4) > 0 ? notified.plusDays(10 + random.nextInt(50)) : null;
                LocalDate application = interview != null && random.nextBoolean() ? interview.plusDays(random.nextInt(20)) : null;
                LocalDate deadline = phase == CasePhase.CLOSED ? null : TODAY.plusDays(random.nextInt(260) - 60);
                long caseId = seed.supportCase(new CaseRow(tenant, clientIds[random.nextInt(clients)], year, number,
                        municipality, phase.name(), notified, interview, application, opened, deadline,
                        deadline == null ? null : "DECISION_ON_APPLICATION", deadline != null && deadline.isBefore(TODAY)));
                if (phase != CasePhase.CLOSED) {
                    seed.assignment(tenant, caseId, FIRST_ADVISOR + random.nextInt(ADVISORS), opened, null);
                }
                if (application != null || random.nextInt(10) < 2) {
                    LocalDate decided = (application != null ? application : notified).plusDays(5 + random.nextInt(60));
                    seed.decision(tenant, caseId, decided, DECISIONS[random.nextInt(DECISIONS.length)]);
                    if (random.nextInt(4) == 0) {
                        seed.objection(tenant, caseId, decided.plusDays(40 + random.nextInt(80)),
                                random.nextBoolean() ? OBJECTIONS[random.nextInt(OBJECTIONS.length)] : null);
                    }
                }
            }
        }
    }

    /** One line per table of the plan: access type, key, estimated rows, extra. */
    private static String explain(Connection c, String sql) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                col.put(meta.getColumnLabel(i).toLowerCase(), i);
            }
            while (rs.next()) {
                lines.add(String.format("%s: %s, %s, %s, %s", rs.getString(col.get("table")), rs.getString(col.get("type")),
                        rs.getString(col.get("key")), rs.getString(col.get("rows")), rs.getString(col.get("extra"))));
            }
        }
        return String.join("; ", lines);
    }

    private static String machine(TestDatabase.Database db) throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String version;
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            version = rs.getString(1);
        }
        return String.format("Machine: %d cores (nproc), CPU %s, MariaDB %s, Java %s; %s UTC",
                Runtime.getRuntime().availableProcessors(), cpu, version, System.getProperty("java.version"),
                java.time.LocalDateTime.now(ZoneOffset.UTC).withNano(0));
    }
}
