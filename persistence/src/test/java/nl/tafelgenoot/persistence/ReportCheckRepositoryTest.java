package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.ReportCheckInput.Difference;
import nl.tafelgenoot.domain.reports.ReportDifference;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.reports.JpaReportCheckRepository;
import nl.tafelgenoot.persistence.tasks.JpaCaseTaskRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report check keeps its differences in order and replaces them on the next save; the database
 * holds at most one open chase task per case, however many writers try.
 */
class ReportCheckRepositoryTest extends DatabaseTest {

    private TenantId org;
    private int number;

    @BeforeAll
    void organisation() {
        org = newOrganisation("reports-a");
    }

    private SupportCase supportCase(EntityManager em) {
        Client client = new Client("Jan", null, "Jansen");
        client.register(++number, null, Instant.now());
        em.persist(client);
        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp", Set.of(LifeDomain.HOUSEHOLD),
                LocalDate.of(2026, 3, 2));
        c.open(2026, number, Instant.now());
        c.recordDates(c.getNotifiedOn(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20), null);
        return new JpaSupportCaseRepository(em).add(c);
    }

    private static ReportCheckInput input(long version, Difference... differences) {
        return new ReportCheckInput(version, SignedStatus.RESPONDED, null, LocalDate.of(2026, 3, 22), true,
                List.of(differences));
    }

    @Test
    void differencesAreKeptInOrderAndReplacedOnTheNextSave() {
        Long caseId = asTenant(org, em -> {
            SupportCase c = supportCase(em);
            ReportCheck check = new ReportCheck(c);
            check.record(input(ReportCheckInput.NEW, new Difference("Eerste", "Echt gezegd"), new Difference("Tweede", null),
                    new Difference("Derde", null)), 7, Instant.now());
            new JpaReportCheckRepository(em).add(check);
            return c.getId();
        });
        ReportCheck read = asTenant(org, em -> new JpaReportCheckRepository(em)
                .forCase(em.find(SupportCase.class, caseId)).orElseThrow());
        assertThat(read.getDifferences()).extracting(ReportDifference::getReportSays)
                .containsExactly("Eerste", "Tweede", "Derde");
        assertThat(read.isExtraConversationAsked()).isTrue();
        long version = read.getVersion();

        asTenant(org, em -> {
            var repo = new JpaReportCheckRepository(em);
            ReportCheck check = repo.forCase(em.find(SupportCase.class, caseId)).orElseThrow();
            check.record(input(version, new Difference("Alleen nog deze", null)), 8, Instant.now());
            repo.flush();
            return null;
        });
        ReportCheck again = asTenant(org, em -> new JpaReportCheckRepository(em)
                .forCase(em.find(SupportCase.class, caseId)).orElseThrow());
        assertThat(again.getDifferences()).extracting(ReportDifference::getReportSays).containsExactly("Alleen nog deze");
        assertThat(again.getVersion()).isGreaterThan(version);
        assertThat(again.getCheckedBy()).isEqualTo(8);
        long rows = asTenant(org, em -> em.createQuery("select count(d) from ReportDifference d where d.check.id = :id",
                Long.class).setParameter("id", again.getId()).getSingleResult());
        assertThat(rows).as("replaced differences are deleted").isEqualTo(1);
    }

    @Test
    void aCaseHasAtMostOneOpenChaseTask() {
        Long caseId = asTenant(org, em -> {
            SupportCase c = supportCase(em);
            CaseTask done = CaseTask.reportChase(c, LocalDate.of(2026, 3, 24), Instant.now());
            done.closeBySystem(Instant.now());
            var tasks = new JpaCaseTaskRepository(em);
            tasks.add(done);
            tasks.add(CaseTask.reportChase(c, LocalDate.of(2026, 3, 24), Instant.now()));
            return c.getId();
        });
        assertThatThrownBy(() -> asTenant(org, em -> new JpaCaseTaskRepository(em)
                .add(CaseTask.reportChase(em.find(SupportCase.class, caseId), LocalDate.of(2026, 3, 24), Instant.now()))))
                .isInstanceOf(RuntimeException.class);
        long open = asTenant(org, em -> em.createQuery("select count(t) from CaseTask t where t.supportCase.id = :id"
                + " and t.doneAt is null", Long.class).setParameter("id", caseId).getSingleResult());
        assertThat(open).isEqualTo(1);
    }
}
