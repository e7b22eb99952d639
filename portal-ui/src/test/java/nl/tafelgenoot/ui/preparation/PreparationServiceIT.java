package nl.tafelgenoot.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.consent.ConsentMethod;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.consent.ConsentService;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.ChecklistItem;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.preparation.PersonalPlan;
import nl.tafelgenoot.domain.preparation.PreparationService;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The preparation inside Payara Micro: the advisor of the case stores it once the client has
 * consented; an advisor without the case, another organisation and a role without case:write are
 * refused; without consent nothing is stored; a save on top of an older version is refused.
 */
@ExtendWith(ArquillianExtension.class)
class PreparationServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";
    private static final LocalDate MONDAY = LocalDate.now().minusDays(3);

    @Inject
    ClientService clients;

    @Inject
    CaseService cases;

    @Inject
    ConsentService consents;

    @Inject
    PreparationService preparations;

    /** A new client of Anna's with a case she opened herself (so it is assigned to her only). */
    private SupportCase annasNewCase() {
        Client client = as(ANNA, linde, () -> clients.register(
                new Client("Johanna", "van", "Dijk-" + UUID.randomUUID().toString().substring(0, 8))));
        SupportCase draft = new SupportCase(client, Law.WMO, "Zeist", "Ik kom de trap niet meer op.",
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.now().minusDays(5));
        return as(ANNA, linde, () -> cases.open(client.getPublicId(), draft));
    }

    private void consent(SupportCase supportCase) {
        as(ANNA, linde, () -> consents.record(supportCase.getClient().getPublicId(), LocalDate.now().minusDays(1),
                Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS), ConsentMethod.ORAL));
    }

    private static CasePreparation draft(SupportCase supportCase, String stuck) {
        CasePreparation draft = new CasePreparation(supportCase);
        draft.domain(LifeDomain.HOUSEHOLD).setStuck(stuck);
        draft.writeDiary(MONDAY, "Kon niet douchen");
        draft.answer(InterviewQuestion.WHAT_TO_REACH, "Thuis blijven wonen");
        draft.tick(ChecklistItem.TRUSTED_PERSON, true);
        return draft;
    }

    private static void assertRefused(Class<? extends Throwable> cause, Executable work) {
        RuntimeException refused = (RuntimeException) assertThrows(RuntimeException.class, work);
        assertTrue(Failures.causedBy(refused, cause), refused.toString());
    }

    @Test
    void theAdvisorOfTheCaseStoresThePreparationAndThePlanShowsIt() {
        SupportCase supportCase = annasNewCase();
        String caseId = supportCase.getPublicId();
        consent(supportCase);
        assertTrue(as(ANNA, linde, () -> preparations.mayRecord(caseId)));

        CasePreparation saved = as(ANNA, linde, () -> preparations.save(caseId, draft(supportCase, "Stofzuigen lukt niet")));
        CasePreparation read = as(ANNA, linde, () -> preparations.preparationOf(caseId)).orElseThrow();
        assertEquals("Stofzuigen lukt niet", read.findDomain(LifeDomain.HOUSEHOLD).orElseThrow().getStuck());
        assertEquals("Kon niet douchen", read.diaryOn(MONDAY).orElseThrow());
        assertEquals(Set.of(ChecklistItem.TRUSTED_PERSON), read.getChecklist());
        assertEquals(saved.getVersion(), read.getVersion());

        read.writeDiary(MONDAY, "Kon niet douchen, ook niet met hulp");
        CasePreparation changed = as(ANNA, linde, () -> preparations.save(caseId, read));
        assertTrue(changed.getVersion() > saved.getVersion(), "a change of the diary alone moves the version");
        assertEquals(1, changed.getDiary().size(), "one entry per date");

        // A screen still holding the first version is refused, and the stored text stays.
        assertRefused(OptimisticLockException.class,
                () -> as(ANNA, linde, () -> preparations.save(caseId, draft(supportCase, "Overschreven"))));
        PersonalPlan plan = as(LINDE_COORDINATOR, linde, () -> preparations.personalPlan(caseId));
        assertEquals("Stofzuigen lukt niet", plan.domains().get(0).stuck());
        assertEquals(supportCase.getClient().getFullName(), plan.clientName());
        assertEquals(supportCase.getReference(), plan.caseReference());
    }

    @Test
    void nobodyElseReadsOrChangesIt() {
        SupportCase supportCase = annasNewCase();
        String caseId = supportCase.getPublicId();
        consent(supportCase);
        as(ANNA, linde, () -> preparations.save(caseId, draft(supportCase, "Stofzuigen lukt niet")));

        for (var outsider : new Object[][] {{PIETER, linde}, {SAMEN_COORDINATOR, samen}}) {
            String person = (String) outsider[0];
            TenantId tenant = (TenantId) outsider[1];
            assertRefused(NotFoundException.class, () -> as(person, tenant, () -> preparations.preparationOf(caseId)));
            assertRefused(NotFoundException.class, () -> as(person, tenant, () -> preparations.personalPlan(caseId)));
            assertRefused(NotFoundException.class, () -> as(person, tenant, () -> preparations.save(caseId,
                    draft(supportCase, "Mag niet"))));
        }
        assertRefused(AccessDeniedException.class, () -> as(LINDE_ADMIN, linde, () -> preparations.save(caseId,
                draft(supportCase, "Mag niet"))));
        assertEquals("Stofzuigen lukt niet", as(ANNA, linde, () -> preparations.preparationOf(caseId)).orElseThrow()
                .findDomain(LifeDomain.HOUSEHOLD).orElseThrow().getStuck());
    }

    @Test
    void withoutConsentNothingIsStored() {
        SupportCase supportCase = annasNewCase();
        String caseId = supportCase.getPublicId();
        assertFalse(as(ANNA, linde, () -> preparations.mayRecord(caseId)));
        assertRefused(ConsentRequired.class, () -> as(ANNA, linde, () -> preparations.save(caseId,
                draft(supportCase, "Stofzuigen lukt niet"))));
        assertTrue(as(ANNA, linde, () -> preparations.preparationOf(caseId)).isEmpty());
    }
}
