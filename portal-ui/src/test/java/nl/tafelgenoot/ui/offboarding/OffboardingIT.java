package nl.tafelgenoot.ui.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.offboarding.ExportSink;
import nl.tafelgenoot.domain.offboarding.Offboarding;
import nl.tafelgenoot.domain.offboarding.OffboardingRefused;
import nl.tafelgenoot.domain.offboarding.OffboardingService;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.platform.NewOrganisation;
import nl.tafelgenoot.domain.platform.PlatformRefused;
import nl.tafelgenoot.domain.platform.PlatformService;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, an organisation leaving: only the operator starts, calls off or sees it, and
 * only after retyping the organisation's address; from the start its people have no workplace and
 * its booking page is gone, its waiting mails are given up and each admin and the contact address
 * get their own export link; the link's export holds the organisation's clients and rows and
 * nothing of De Linde; another organisation's or a made-up link opens nothing; the deletion waits
 * for the waiting period, then empties the organisation and leaves De Linde as it was; a cancelled
 * offboarding deletes nothing and reactivation brings everything back.
 */
@ExtendWith(ArquillianExtension.class)
class OffboardingIT extends InContainerTest {

    private static final String OPERATOR = "operator@tafelgenoot.example";
    private static final Pattern LINK = Pattern.compile("/opzegging/([A-Za-z0-9_-]{43})");

    @Inject
    OffboardingService offboarding;

    @Inject
    PlatformService platform;

    @Inject
    ClientService clients;

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

    /** A new organisation with an admin (also its contact), a client and a mail waiting. */
    private record Leaver(Organisation organisation, String slug, String admin, long adminId) {
        TenantId tenant() {
            return organisation.tenantId();
        }
    }

    private Leaver leaver() {
        String slug = "weg-" + UUID.randomUUID();
        Organisation created = as(OPERATOR, null, () -> platform.create(new NewOrganisation("Vertrekkers " + slug,
                OrganisationKind.OTHER, slug, "info@" + slug + ".example", "Utrecht", "Eerste", "eerste@" + slug + ".example")));
        String admin = "beheer@" + slug + ".example";
        long adminId = transactions.inNewTransaction(() -> {
            Account account = accountRepository.add(new Account(admin, "Bea Beheer", "-"));
            account.join(created.tenantId(), Role.ADMIN);
            return account.getId();
        });
        as(admin, created.tenantId(), () -> {
            clients.register(new Client("Vera", null, "Vertrekkers"));
            return outbox.queue("test:" + slug, Recipient.of("iemand@example.nl", "Iemand"), "Herinnering", "Tekst");
        });
        return new Leaver(created, slug, admin, adminId);
    }

    private Offboarding start(Leaver leaver) {
        return as(OPERATOR, null, () -> offboarding.start(leaver.organisation().getId(), " " + leaver.slug() + " "));
    }

    private List<OutboxMail> mails(Leaver leaver) {
        return as(leaver.admin(), leaver.tenant(), () -> outbox.list(null, new PageRequest(0, PageRequest.MAX_LIMIT)));
    }

    private String tokenMailedTo(Leaver leaver, String email) {
        OutboxMail mail = mails(leaver).stream().filter(m -> m.getRecipientAddress().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no export link to " + email));
        Matcher link = LINK.matcher(mail.getBody());
        assertTrue(link.find(), mail.getBody());
        assertTrue(mail.bodyForReaders().isEmpty(), "the outbox never shows the link");
        return link.group(1);
    }

    @Test
    void onlyTheOperatorOffboardsAndOnlyAfterRetypingTheAddress() {
        Leaver leaver = leaver();
        for (String email : List.of(LINDE_ADMIN, LINDE_COORDINATOR, leaver.admin())) {
            TenantId bound = email.equals(leaver.admin()) ? leaver.tenant() : linde;
            assertThrows(AccessDeniedException.class, () -> as(email, bound,
                    () -> offboarding.start(leaver.organisation().getId(), leaver.slug())), email);
            assertThrows(AccessDeniedException.class, () -> as(email, bound,
                    () -> offboarding.start(linde.value(), "de-linde-zeist")), email);
            assertThrows(AccessDeniedException.class, () -> as(email, bound,
                    () -> offboarding.latestOf(leaver.organisation().getId())), email);
        }
        OffboardingRefused wrong = assertThrows(OffboardingRefused.class, () -> as(OPERATOR, null,
                () -> offboarding.start(leaver.organisation().getId(), "Vertrekkers")));
        assertEquals("confirmation", wrong.field());
        assertEquals(OrganisationStatus.ACTIVE, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());
        assertTrue(organisations.findBySlug("de-linde-zeist").orElseThrow().isActive());
    }

    @Test
    void theLeaversAdminsFetchEverythingOfTheirsThenTheDataGoesAfterTheWaitingPeriod() {
        Leaver leaver = leaver();
        List<String> lindeNames = as(LINDE_COORDINATOR, linde, () -> clients.search(new ClientFilter(null, null),
                new PageRequest(0, 50))).stream().map(Client::getFullName).toList();
        long lindeClients = as(LINDE_COORDINATOR, linde, () -> clients.count(new ClientFilter(null, null)));

        Offboarding started = start(leaver);
        assertEquals(OrganisationStatus.OFFBOARDING, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());
        assertTrue(organisationService.workplacesOf(leaver.adminId()).isEmpty(), "nobody of it logs in");
        assertTrue(booking.organisation(leaver.slug()).isEmpty(), "its booking page is gone");
        assertEquals(Duration.ofDays(30), Duration.between(started.getRequestedAt(), started.getPurgeAfter()));
        assertEquals(2, started.getLinks().size(), "the admin and the contact address");
        assertTrue(mails(leaver).stream().anyMatch(m -> m.getSubject().equals("Herinnering")
                && m.getStatus() == MailStatus.FAILED), "the waiting mail is given up");
        assertThrows(OffboardingRefused.class, () -> start(leaver));
        assertThrows(PlatformRefused.class, () -> as(OPERATOR, null, () -> {
            platform.reactivate(leaver.organisation().getId());
            return null;
        }));

        String token = tokenMailedTo(leaver, leaver.admin());
        String contactToken = tokenMailedTo(leaver, "info@" + leaver.slug() + ".example");
        assertFalse(token.equals(contactToken), "each recipient has their own link");
        assertEquals(leaver.organisation().getName(), offboarding.ticket(token).orElseThrow().organisationName());
        assertTrue(offboarding.ticket("x".repeat(43)).isEmpty());
        assertTrue(offboarding.ticket("not-a-token").isEmpty());

        Recording export = new Recording();
        assertTrue(offboarding.export(token, export));
        assertEquals(leaver.organisation().getName(), export.organisation);
        assertEquals(List.of("Vera Vertrekkers"), export.dossiers.stream().map(ClientDossier::fullName).toList());
        assertTrue(export.kinds.contains("Client") && export.kinds.contains("AuditEvent"), export.kinds.toString());
        assertTrue(export.text.toString().contains("Vertrekkers"));
        lindeNames.forEach(name -> assertFalse(export.text.toString().contains(name), "De Linde's client " + name));
        assertEquals(1, as(OPERATOR, null, () -> offboarding.latestOf(leaver.organisation().getId())).orElseThrow()
                .downloads(), "the download is counted");

        Instant justBefore = started.getPurgeAfter().minusSeconds(1);
        offboarding.purgeDue(justBefore);
        assertEquals(OrganisationStatus.OFFBOARDING, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());

        offboarding.purgeDue(started.getPurgeAfter().plus(Duration.ofDays(1)));
        Offboarding done = as(OPERATOR, null, () -> offboarding.latestOf(leaver.organisation().getId())).orElseThrow();
        assertTrue(done.getPurgedAt() != null && done.getRowsDeleted() > 0, "recorded: " + done.getPurgeSummary());
        assertEquals(1, done.downloads());
        assertEquals(OrganisationStatus.OFFBOARDED, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());
        assertTrue(accountRepository.members(leaver.tenant()).isEmpty());
        assertTrue(accounts.findActiveByEmail(leaver.admin()).isEmpty(), "the admin worked only there: account gone");
        assertTrue(offboarding.ticket(token).isEmpty(), "the link stops with the deletion");
        assertFalse(offboarding.export(token, new Recording()));
        assertEquals(lindeClients, (long) as(LINDE_COORDINATOR, linde, () -> clients.count(new ClientFilter(null, null))),
                "De Linde keeps every client");
        assertTrue(organisations.findBySlug("de-linde-zeist").orElseThrow().isActive());
    }

    @Test
    void aCancelledOffboardingDeletesNothingAndReactivationBringsEverythingBack() {
        Leaver leaver = leaver();
        Offboarding started = start(leaver);
        String token = tokenMailedTo(leaver, leaver.admin());
        assertThrows(AccessDeniedException.class, () -> as(LINDE_ADMIN, linde, () -> {
            offboarding.cancel(leaver.organisation().getId());
            return null;
        }));
        as(OPERATOR, null, () -> {
            offboarding.cancel(leaver.organisation().getId());
            return null;
        });
        assertEquals(OrganisationStatus.SUSPENDED, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());
        assertTrue(offboarding.ticket(token).isEmpty(), "the links stop");
        assertFalse(offboarding.export(token, new Recording()));

        offboarding.purgeDue(started.getPurgeAfter().plus(Duration.ofDays(1)));
        assertEquals(OrganisationStatus.SUSPENDED, organisations.find(leaver.organisation().getId()).orElseThrow().getStatus());
        as(OPERATOR, null, () -> {
            platform.reactivate(leaver.organisation().getId());
            return null;
        });
        assertEquals(1, organisationService.workplacesOf(leaver.adminId()).size());
        assertEquals(1L, (long) as(leaver.admin(), leaver.tenant(), () -> clients.count(new ClientFilter(null, null))));
    }

    /** What an export wrote, as text. */
    private static final class Recording implements ExportSink {
        String organisation;
        final List<ClientDossier> dossiers = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        @Override
        public void organisation(String name, String slug, Instant madeAt, List<ClientDossier.Section> sections) {
            organisation = name;
            text.append(sections);
        }

        @Override
        public void dossier(ClientDossier dossier) {
            dossiers.add(dossier);
            text.append(dossier.sections());
        }

        @Override
        public void kind(String kind) {
            kinds.add(kind);
        }

        @Override
        public void row(ClientDossier.Item row) {
            text.append(row);
        }
    }
}
