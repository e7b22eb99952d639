package nl.tafelgenoot.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows written straight with JDBC batches, for tests that need rows in given states with given
 * timestamps (which the domain's rules would not let a test set) and for the benchmark's 150,000
 * cases. Ids are given explicitly, counted on from the highest in the table, so a case can name
 * its client before the batch has gone. Batches go in the order of the foreign keys; everything
 * is committed on {@link #close()}. The organisation is a plain value here: nothing filters it.
 */
public final class JdbcSeed implements AutoCloseable {

    private static final int BATCH = 2_000;

    /** One support case; phase and rule are the enum constants' names. */
    public record CaseRow(long tenant, long clientId, int refYear, int refNumber, String municipality, String phase,
                          LocalDate notifiedOn, LocalDate interviewOn, LocalDate applicationOn, Instant openedAt,
                          LocalDate nextDeadlineOn, String nextDeadlineRule, boolean overdue) {
    }

    private final Connection connection;
    private final PreparedStatement clients;
    private final PreparedStatement cases;
    private final PreparedStatement assignments;
    private final PreparedStatement decisions;
    private final PreparedStatement objections;
    private final List<PreparedStatement> inOrder;
    private long nextClient;
    private long nextCase;
    private int pending;

    public JdbcSeed(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        nextClient = highestId("client") + 1;
        nextCase = highestId("support_case") + 1;
        clients = connection.prepareStatement("insert into client (id, tenant_id, public_id, number, given_name, surname,"
                + " municipality, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        cases = connection.prepareStatement("insert into support_case (id, tenant_id, public_id, ref_year, ref_number,"
                + " client_id, law, municipality, request_text, life_domains, phase, notified_on, interview_on,"
                + " application_on, opened_at, next_deadline_on, next_deadline_rule, next_deadline_overdue)"
                + " values (?, ?, ?, ?, ?, ?, 'WMO', ?, 'Hulp bij het huishouden', 'HOUSEHOLD', ?, ?, ?, ?, ?, ?, ?, ?)");
        assignments = connection.prepareStatement("insert into case_assignment (tenant_id, case_id, account_id,"
                + " assigned_by, assigned_at, ended_at) values (?, ?, ?, 1, ?, ?)");
        decisions = connection.prepareStatement("insert into decision (tenant_id, case_id, decided_on, dispatched_on,"
                + " outcome, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 1, ?)");
        objections = connection.prepareStatement("insert into objection (tenant_id, case_id, state, outcome,"
                + " decision_dispatched_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 1, ?)");
        inOrder = List.of(clients, cases, assignments, decisions, objections);
    }

    /** Adds a client and returns its id. */
    public long client(long tenant, int number, String surname, String municipality) throws SQLException {
        long id = nextClient++;
        clients.setLong(1, id);
        clients.setLong(2, tenant);
        clients.setString(3, publicId('k', id));
        clients.setInt(4, number);
        clients.setString(5, "Test");
        clients.setString(6, surname);
        clients.setString(7, municipality);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        clients.setObject(8, now);
        clients.setObject(9, now);
        return add(clients, id);
    }

    /** Adds a case and returns its id. */
    public long supportCase(CaseRow c) throws SQLException {
        long id = nextCase++;
        cases.setLong(1, id);
        cases.setLong(2, c.tenant());
        cases.setString(3, publicId('c', id));
        cases.setInt(4, c.refYear());
        cases.setInt(5, c.refNumber());
        cases.setLong(6, c.clientId());
        cases.setString(7, c.municipality());
        cases.setString(8, c.phase());
        cases.setObject(9, c.notifiedOn());
        cases.setObject(10, c.interviewOn());
        cases.setObject(11, c.applicationOn());
        cases.setObject(12, LocalDateTime.ofInstant(c.openedAt(), ZoneOffset.UTC));
        cases.setObject(13, c.nextDeadlineOn());
        cases.setString(14, c.nextDeadlineRule());
        cases.setBoolean(15, c.overdue());
        return add(cases, id);
    }

    /** Assigns a case to an advisor account; {@code endedAt} null for an open assignment. */
    public void assignment(long tenant, long caseId, long accountId, Instant assignedAt, Instant endedAt) throws SQLException {
        assignments.setLong(1, tenant);
        assignments.setLong(2, caseId);
        assignments.setLong(3, accountId);
        assignments.setObject(4, LocalDateTime.ofInstant(assignedAt, ZoneOffset.UTC));
        assignments.setObject(5, endedAt == null ? null : LocalDateTime.ofInstant(endedAt, ZoneOffset.UTC));
        add(assignments, 0);
    }

    /** The municipality's decision on a case (one per case). */
    public void decision(long tenant, long caseId, LocalDate decidedOn, String outcome) throws SQLException {
        decisions.setLong(1, tenant);
        decisions.setLong(2, caseId);
        decisions.setObject(3, decidedOn);
        decisions.setObject(4, decidedOn);
        decisions.setString(5, outcome);
        decisions.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
        add(decisions, 0);
    }

    /** An objection on a case (one per case), decided when it has an outcome. */
    public void objection(long tenant, long caseId, LocalDate decisionDispatchedOn, String outcome) throws SQLException {
        objections.setLong(1, tenant);
        objections.setLong(2, caseId);
        objections.setString(3, outcome == null ? "CONSIDERING" : "DECIDED");
        objections.setString(4, outcome);
        objections.setObject(5, decisionDispatchedOn);
        objections.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
        add(objections, 0);
    }

    private long add(PreparedStatement statement, long id) throws SQLException {
        statement.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
        return id;
    }

    /** Sends every pending batch, parents first. */
    public void flush() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        connection.commit();
        for (PreparedStatement statement : inOrder) {
            statement.close();
        }
    }

    private long highestId(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String publicId(char prefix, long id) {
        return prefix + String.format("%011d", id);
    }
}
