package nl.tafelgenoot.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.DocumentService;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.people.PeopleService;
import nl.tafelgenoot.domain.platform.NewOrganisation;
import nl.tafelgenoot.domain.platform.OrganisationLine;
import nl.tafelgenoot.domain.platform.PlatformRefused;
import nl.tafelgenoot.domain.platform.PlatformService;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.NoTenantException;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: the platform operator sees every organisation with counts equal to what
 * the organisation itself holds, and never a client; no one else reaches a platform method; the
 * operator reaches no client, case or intake request of any organisation (real ids, with and
 * without the organisation bound); a slug in use is refused; suspension stops the organisation's
 * people at the workplace check and its booking page, reactivation restores both with every row.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformServiceIT extends InContainerTest {

    private static final String OPERATOR = "operator@tafelgenoot.example";

    @Inject
    PlatformService platform;

    @Inject
    ClientService clients;

    @Inject
    CaseService cases;

    @Inject
    IntakeService intake;

    @Inject
    DocumentService documents;

    @Inject
    PeopleService people;

    @Inject
    Outbox outbox;

    @Inject
    OrganisationService organisationService;

    @Inject
    PublicBooking booking;

    @Inject
    AccountRepository accountRepository;

    @Inject
    DemoTransactions transactions;

    private static NewOrganisation form(String slug) {
        return new NewOrganisation("Test " + slug, OrganisationKind.OTHER, slug, "contact@" + slug + ".example",
                "Utrecht", "Eerste Beheerder", "admin@" + slug + ".example");
    }

    private static String freshSlug() {
        return "test-" + UUID.randomUUID();
    }

    private OrganisationLine lineOf(String slug) {
        return as(OPERATOR, null, () -> platform.organisations()).stream().filter(l -> l.slug().equals(slug))
                .findFirst().orElseThrow();
    }

    @Test
    void theOperatorSeesCountsEqualToWhatDeLindeHoldsAndNoClientName() {
        List<SupportCase> lindeCases = as(LINDE_COORDINATOR, linde,
                () -> cases.search(new PageRequest(0, PageRequest.MAX_LIMIT)));
        assertTrue(lindeCases.size() < PageRequest.MAX_LIMIT, "all of De Linde's cases fit one page");
        long open = lindeCases.stream().filter(c -> c.getPhase() != CasePhase.CLOSED).count();
        long bytes = lindeCases.stream().mapToLong(c -> as(LINDE_COORDINATOR, linde,
                () -> documents.ofCase(c.getPublicId())).stream().mapToLong(CaseDocument::getSizeBytes).sum()).sum();
        long members = accountRepository.members(linde).size();

        OrganisationLine line = lineOf("de-linde-zeist");
        assertEquals(members, line.people());
        assertEquals(open, line.openCases());
        assertTrue(open > 0, "De Linde's demo data has open cases");
        assertEquals(bytes, line.storageBytes());
        assertEquals(OrganisationStatus.ACTIVE, line.status());

        List<Client> lindeClients = as(LINDE_COORDINATOR, linde,
                () -> clients.search(new ClientFilter(null, null), new PageRequest(0, 50)));
        assertFalse(lindeClients.isEmpty());
        String everything = as(OPERATOR, null, () -> platform.organisations()).toString();
        lindeClients.forEach(c -> assertFalse(everything.contains(c.getFullName()),
                "the operator's list names no client: " + c.getFullName()));
    }

    @Test
    void noAdminCoordinatorOrAdvisorReachesAPlatformMethod() {
        String slug = freshSlug();
        for (String email : List.of(LINDE_ADMIN, LINDE_COORDINATOR, "anna.visser@delinde.example")) {
            assertThrows(AccessDeniedException.class, () -> as(email, linde, () -> platform.organisations()), email);
            assertThrows(AccessDeniedException.class, () -> as(email, null, () -> platform.organisations()), email);
            assertThrows(AccessDeniedException.class, () -> as(email, linde, () -> platform.create(form(slug))), email);
            assertThrows(AccessDeniedException.class, () -> as(email, linde, () -> {
                platform.suspend(linde.value());
                return null;
            }), email);
            assertThrows(AccessDeniedException.class, () -> as(email, linde, () -> {
                platform.reactivate(linde.value());
                return null;
            }), email);
            assertThrows(AccessDeniedException.class, () -> as(email, linde,
                    () -> people.inviteFirstAdmin("X", "x@" + slug + ".example")), email);
        }
        assertTrue(organisations.findBySlug(slug).isEmpty(), "nothing was created");
        assertTrue(organisations.findBySlug("de-linde-zeist").orElseThrow().isActive());
    }

    @Test
    void theOperatorReachesNoClientCaseOrIntakeRequestOfAnyOrganisation() {
        Client client = as(LINDE_COORDINATOR, linde,
                () -> clients.search(new ClientFilter(null, null), new PageRequest(0, 1))).get(0);
        SupportCase supportCase = as(LINDE_COORDINATOR, linde, () -> cases.search(new PageRequest(0, 1))).get(0);
        List<IntakeRequest> queue = as(LINDE_COORDINATOR, linde, () -> intake.queue(new PageRequest(0, 1)));
        for (TenantId bound : java.util.Arrays.asList(linde, samen, null)) {
            refusedOrNothing(() -> clients.find(client.getPublicId()), bound);
            refusedOrNothing(() -> clients.search(new ClientFilter(null, null), new PageRequest(0, 50)), bound);
            refusedOrNothing(() -> clients.count(new ClientFilter(null, null)), bound);
            refusedOrNothing(() -> cases.find(supportCase.getPublicId()), bound);
            refusedOrNothing(() -> cases.search(new PageRequest(0, 50)), bound);
            refusedOrNothing(() -> cases.count(), bound);
            refusedOrNothing(() -> documents.ofCase(supportCase.getPublicId()), bound);
            refusedOrNothing(() -> intake.queue(new PageRequest(0, 50)), bound);
            refusedOrNothing(() -> outbox.list(null, new PageRequest(0, 50)), bound);
            refusedOrNothing(() -> people.people(), bound);
            if (!queue.isEmpty()) {
                refusedOrNothing(() -> intake.find(queue.get(0).getPublicId()), bound);
            }
        }
    }

    /** Refused (no permission, no organisation) or an empty answer: never a row. */
    private void refusedOrNothing(Callable<?> work, TenantId bound) {
        Object answer;
        try {
            answer = as(OPERATOR, bound, work);
        } catch (AccessDeniedException | NoTenantException refused) {
            return;
        }
        if (answer instanceof Optional<?> optional) {
            assertTrue(optional.isEmpty(), "the operator got " + optional);
        } else if (answer instanceof Collection<?> collection) {
            assertTrue(collection.isEmpty(), "the operator got " + collection);
        } else if (answer instanceof Number number) {
            assertEquals(0L, number.longValue());
        } else {
            fail("the operator got " + answer);
        }
    }

    @Test
    void aNewOrganisationIsCreatedWithItsAdminInvitedAndASlugInUseIsRefused() {
        String slug = freshSlug();
        Organisation created = as(OPERATOR, null, () -> platform.create(form(slug)));
        assertEquals("Utrecht", created.getRegion());
        OrganisationLine line = lineOf(slug);
        assertEquals(0, line.people(), "the admin is invited, not yet a member");
        assertEquals(0, line.openCases());
        assertEquals(0, line.storageBytes());
        assertEquals("contact@" + slug + ".example", line.contactEmail());

        PlatformRefused taken = assertThrows(PlatformRefused.class, () -> as(OPERATOR, null,
                () -> platform.create(form(slug))));
        assertEquals("slugTaken", taken.key());
        assertEquals("slug", taken.field());
        PlatformRefused demoTaken = assertThrows(PlatformRefused.class, () -> as(OPERATOR, null,
                () -> platform.create(form("de-linde-zeist"))));
        assertEquals("slugTaken", demoTaken.key());
        PlatformRefused badSlug = assertThrows(PlatformRefused.class, () -> as(OPERATOR, null,
                () -> platform.create(form("Niet Goed"))));
        assertEquals("slug", badSlug.field());

        long newcomer = transactions.inNewTransaction(() -> {
            Account account = accountRepository.add(new Account("lid@" + slug + ".example", "Test Lid", "-"));
            account.join(created.tenantId(), Role.COORDINATOR);
            return account.getId();
        });
        assertEquals(1, lineOf(slug).people());
        assertEquals(1, organisationService.workplacesOf(newcomer).size());
    }

    @Test
    void suspensionStopsLoginAndBookingReactivationRestoresBothWithEveryRow() {
        String slug = freshSlug();
        Organisation created = as(OPERATOR, null, () -> platform.create(form(slug)));
        long member = transactions.inNewTransaction(() -> {
            Account account = accountRepository.add(new Account("lid@" + slug + ".example", "Test Lid", "-"));
            account.join(created.tenantId(), Role.COORDINATOR);
            return account.getId();
        });
        long membersBefore = accountRepository.members(created.tenantId()).size();
        assertEquals(1, organisationService.workplacesOf(member).size());
        assertTrue(booking.organisation(slug).isPresent());

        as(OPERATOR, null, () -> {
            platform.suspend(created.getId());
            return null;
        });
        assertTrue(organisationService.workplacesOf(member).isEmpty(), "a suspended organisation is no workplace");
        assertTrue(organisationService.workplace(member, created.tenantId()).isEmpty());
        assertTrue(booking.organisation(slug).isEmpty(), "its booking page is gone");
        assertEquals(OrganisationStatus.SUSPENDED, lineOf(slug).status());
        assertTrue(booking.organisation("de-linde-zeist").isPresent(), "other organisations go on");

        as(OPERATOR, null, () -> {
            platform.reactivate(created.getId());
            return null;
        });
        assertEquals(1, organisationService.workplacesOf(member).size());
        assertTrue(booking.organisation(slug).isPresent());
        assertEquals(membersBefore, accountRepository.members(created.tenantId()).size(), "nobody was removed");
        assertEquals(OrganisationStatus.ACTIVE, lineOf(slug).status());
    }
}
