package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.ChecklistItem;
import nl.tafelgenoot.domain.preparation.HelpFrequency;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.preparation.JpaPreparationRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A preparation is stored and read back with all its parts; a change of one part alone still
 * moves the preparation's version; the database keeps one diary entry per date.
 */
class PreparationRepositoryTest extends DatabaseTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private TenantId org;
    private SupportCase supportCase;

    @BeforeAll
    void aCase() {
        org = newOrganisation("prep-a");
        supportCase = asTenant(org, em -> {
            Client client = new Client("Johanna", "van", "Dijk-Öztürk");
            client.register(1, null, Instant.now());
            new JpaClientRepository(em).add(client);
            SupportCase opened = new SupportCase(client, Law.WMO, "Zeist", "Ik kom de trap niet meer op.",
                    Set.of(LifeDomain.HOUSEHOLD), MONDAY);
            opened.open(2026, 1, Instant.now());
            return new JpaSupportCaseRepository(em).add(opened);
        });
    }

    @Test
    void storesAndReadsBackEveryPartAndAPartChangeMovesTheVersion() throws SQLException {
        long firstVersion = asTenant(org, em -> {
            CasePreparation preparation = new CasePreparation(em.find(SupportCase.class, supportCase.getId()));
            preparation.domain(LifeDomain.HOUSEHOLD).setStuck("Stofzuigen lukt niet meer");
            preparation.domain(LifeDomain.HOUSEHOLD).setHelpFrequency(HelpFrequency.WEEKLY);
            preparation.writeDiary(MONDAY, "Kon niet douchen");
            preparation.answer(InterviewQuestion.WHAT_GOES_WELL, "Ik lees graag, de krant elke dag");
            preparation.tick(ChecklistItem.TRUSTED_PERSON, true);
            preparation.setWishes("Een vaste hulp, liefst op dinsdag");
            preparation.changed(7, Instant.now());
            var repository = new JpaPreparationRepository(em);
            repository.add(preparation);
            repository.flush();
            return preparation.getVersion();
        });

        CasePreparation read = asTenant(org, em -> new JpaPreparationRepository(em).forCase(em.find(SupportCase.class, supportCase.getId())))
                .orElseThrow();
        assertThat(read.domain(LifeDomain.HOUSEHOLD).getStuck()).isEqualTo("Stofzuigen lukt niet meer");
        assertThat(read.domain(LifeDomain.HOUSEHOLD).getHelpFrequency()).isEqualTo(HelpFrequency.WEEKLY);
        assertThat(read.diaryOn(MONDAY)).contains("Kon niet douchen");
        assertThat(read.answerTo(InterviewQuestion.WHAT_GOES_WELL)).contains("Ik lees graag, de krant elke dag");
        assertThat(read.getChecklist()).containsExactly(ChecklistItem.TRUSTED_PERSON);
        assertThat(read.getWishes()).isEqualTo("Een vaste hulp, liefst op dinsdag");

        long secondVersion = asTenant(org, em -> {
            CasePreparation stored = new JpaPreparationRepository(em).forCase(em.find(SupportCase.class, supportCase.getId())).orElseThrow();
            stored.writeDiary(MONDAY, "Kon niet douchen, ook niet met hulp");
            stored.changed(7, Instant.now());
            em.flush();
            return stored.getVersion();
        });
        assertThat(secondVersion).isGreaterThan(firstVersion);

        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "insert into preparation_diary (tenant_id, preparation_id, entry_date, what_did_not_work)"
                            + " select tenant_id, preparation_id, entry_date, 'tweede' from preparation_diary"))
                    .as("a second entry for the same date").isInstanceOf(SQLException.class);
        }
    }
}
