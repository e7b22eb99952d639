package nl.tafelgenoot.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.advisors.MatchReason;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.clients.DuplicateReason;
import nl.tafelgenoot.domain.clients.PossibleDuplicate;
import nl.tafelgenoot.domain.intake.IntakeRefused;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeStatus;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.intake.WeeklyDigest;
import nl.tafelgenoot.domain.intake.WeeklyDigests;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.reminders.DeadlineReminders;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake inside Payara Micro: a phone request goes through the queue to a case of the advisor
 * who accepts it, with the duplicate warning, a blocked advisor refused with the reason, the
 * offer mailed, a decline returning it to the queue; a leaving advisor's cases go back to the
 * queue; and nobody of another organisation, nor an advisor not asked, reaches a request.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";
    private static final String EVA = "eva.dekker@example.org";

    @Inject
    IntakeService intake;

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    Outbox outbox;

    @Inject
    WeeklyDigests digests;

    @Inject
    TenantRunner tenants;

    @Inject
    DeadlineReminders reminders;

    private long id(String email) {
        return accounts.findActiveByEmail(email).orElseThrow().getId();
    }

    private IntakeRequest phoneCall(String surname, String phone) {
        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.PREPARE_INTERVIEW);
        request.setGivenName("Gerda");
        request.setSurname(surname);
        request.setDateOfBirth(LocalDate.of(1944, 5, 2));
        request.setPhone(phone);
        request.setMunicipality("zeist");
        request.setQuestion("Mevrouw wil hulp bij het keukentafelgesprek over huishoudelijke hulp.");
        return as(LINDE_COORDINATOR, linde, () -> intake.enter(request));
    }

    private static String unique() {
        return "Intake" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPhoneRequestBecomesACaseOfTheAdvisorWhoAcceptsIt() {
        lindeAdvisorProfile(PIETER, LocalDate.now().minusYears(4));
        lindeAdvisorProfile(ANNA, LocalDate.now().minusMonths(2));
        String surname = unique();
        IntakeRequest entered = phoneCall(surname, "06-" + (10000000 + (int) (Math.random() * 8999999)));
        String id = entered.getPublicId();
        assertEquals("Zeist", entered.getMunicipality(), "stored in the official name");
        assertTrue(as(LINDE_COORDINATOR, linde, () -> intake.queue(new PageRequest(0, 500))).stream()
                .anyMatch(r -> r.getPublicId().equals(id)));

        RuntimeException noClient = assertThrows(RuntimeException.class,
                () -> as(LINDE_COORDINATOR, linde, () -> intake.offer(id, List.of(id(ANNA)))));
        assertEquals("noClient", Failures.find(noClient, IntakeRefused.class).orElseThrow(() -> noClient).reason());
        as(LINDE_COORDINATOR, linde, () -> intake.registerClient(id, false));

        RuntimeException blocked = assertThrows(RuntimeException.class,
                () -> as(LINDE_COORDINATOR, linde, () -> intake.offer(id, List.of(id(PIETER)))));
        assertEquals(List.of(MatchReason.VOG_EXPIRED),
                Failures.find(blocked, AdvisorBlocked.class).orElseThrow(() -> blocked).reasons());

        as(LINDE_COORDINATOR, linde, () -> intake.offer(id, List.of(id(ANNA))));
        List<OutboxMail> mails = as(LINDE_ADMIN, linde, () -> outbox.list(null, new PageRequest(0, 500)));
        assertTrue(mails.stream().anyMatch(m -> m.getRecipientAddress().equals(ANNA)
                && m.getSubject().equals("Nieuwe aanmelding voor u: voorbereiden van het keukentafelgesprek in Zeist")
                && !m.getBody().contains(surname)), "the offer is mailed, without the client's name");

        assertTrue(as(PIETER, linde, () -> intake.find(id)).isEmpty(), "an advisor not asked sees nothing");
        assertThrows(RuntimeException.class, () -> as(PIETER, linde, () -> intake.accept(id)));
        assertTrue(as(ANNA, linde, () -> intake.offeredToMe()).stream().anyMatch(r -> r.getPublicId().equals(id)));

        SupportCase opened = as(ANNA, linde, () -> intake.accept(id));
        assertTrue(as(ANNA, linde, () -> cases.find(opened.getPublicId())).isPresent(), "the case is Anna's");
        assertTrue(as(ANNA, linde, () -> clients.find(opened.getClient().getPublicId())).isPresent());
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), opened.getNotifiedOn(), "no melding yet: counted from the request");
        IntakeRequest done = as(LINDE_COORDINATOR, linde, () -> intake.find(id)).orElseThrow();
        assertEquals(IntakeStatus.ASSIGNED, done.getStatus());
        assertEquals(opened.getPublicId(), done.getSupportCase().getPublicId());
    }

    @Test
    void aSecondCallOfTheSamePersonIsFlaggedAndADeclineReturnsItToTheQueue() {
        lindeAdvisorProfile(ANNA, LocalDate.now().minusMonths(2));
        String surname = unique();
        String phone = "030-" + (1000000 + (int) (Math.random() * 8999999));
        IntakeRequest first = phoneCall(surname, phone);
        Client registered = as(LINDE_COORDINATOR, linde, () -> intake.registerClient(first.getPublicId(), false)).getClient();

        IntakeRequest second = phoneCall(surname, phone.replace("-", " "));
        List<PossibleDuplicate> duplicates = as(LINDE_COORDINATOR, linde, () -> intake.possibleClients(second.getPublicId()));
        assertEquals(1, duplicates.size());
        assertEquals(registered.getPublicId(), duplicates.get(0).client().getPublicId());
        assertTrue(duplicates.get(0).reasons().contains(DuplicateReason.SAME_PHONE));
        assertTrue(duplicates.get(0).reasons().contains(DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(LINDE_COORDINATOR, linde, () -> intake.registerClient(second.getPublicId(), false)));
        assertEquals("possibleDuplicate", Failures.find(refused, IntakeRefused.class).orElseThrow(() -> refused).reason());
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> {
            IntakeRequest theirs = new IntakeRequest();
            theirs.setTopic(IntakeTopic.OTHER);
            theirs.setGivenName("Gerda");
            theirs.setSurname(surname);
            theirs.setDateOfBirth(LocalDate.of(1944, 5, 2));
            theirs.setPhone(phone);
            theirs.setMunicipality("Amersfoort");
            theirs.setQuestion("Zelfde persoon, andere organisatie");
            return intake.possibleClients(intake.enter(theirs).getPublicId());
        }).isEmpty(), "another organisation's client is never proposed");

        as(LINDE_COORDINATOR, linde, () -> intake.linkClient(second.getPublicId(), registered.getPublicId()));
        as(LINDE_COORDINATOR, linde, () -> intake.offer(second.getPublicId(), List.of(id(ANNA))));
        RuntimeException noReason = assertThrows(RuntimeException.class,
                () -> as(ANNA, linde, () -> intake.decline(second.getPublicId(), " ")));
        assertEquals("reasonRequired", Failures.find(noReason, IntakeRefused.class).orElseThrow(() -> noReason).reason());
        as(ANNA, linde, () -> intake.decline(second.getPublicId(), "Ik ken mevrouw persoonlijk."));
        IntakeRequest back = as(LINDE_COORDINATOR, linde, () -> intake.find(second.getPublicId())).orElseThrow();
        assertEquals(IntakeStatus.WAITING, back.getStatus());
        assertEquals("Ik ken mevrouw persoonlijk.", back.lastDeclineReason().orElseThrow());
    }

    @Test
    void anotherOrganisationNeverReachesARequest() {
        IntakeRequest ours = phoneCall(unique(), "06-11223344");
        String id = ours.getPublicId();
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> intake.find(id)).isEmpty());
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> intake.queue(new PageRequest(0, 500))).stream()
                .noneMatch(r -> r.getPublicId().equals(id)));
        for (Runnable attempt : List.<Runnable>of(
                () -> as(SAMEN_COORDINATOR, samen, () -> intake.registerClient(id, true)),
                () -> as(SAMEN_COORDINATOR, samen, () -> intake.close(id, "weg ermee")),
                () -> as(SAMEN_COORDINATOR, samen, () -> intake.possibleClients(id)),
                () -> as(SAMEN_COORDINATOR, samen, () -> intake.offer(id, List.of(id("sanne.bos@samenverder.example")))))) {
            RuntimeException refused = assertThrows(RuntimeException.class, attempt::run);
            assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());
        }
        RuntimeException foreignAdvisor = assertThrows(RuntimeException.class, () -> as(LINDE_COORDINATOR, linde, () -> {
            intake.registerClient(id, true);
            return intake.offer(id, List.of(id("sanne.bos@samenverder.example")));
        }));
        assertTrue(Failures.causedBy(foreignAdvisor, NotFoundException.class), foreignAdvisor.toString());
        RuntimeException advisorEnters = assertThrows(RuntimeException.class,
                () -> as(ANNA, linde, () -> intake.queue(new PageRequest(0, 10))));
        assertTrue(Failures.causedBy(advisorEnters, AccessDeniedException.class), advisorEnters.toString());
        assertEquals(IntakeStatus.WAITING, as(LINDE_COORDINATOR, linde, () -> intake.find(id)).orElseThrow().getStatus());
    }

    @Test
    void aLeavingAdvisorsCasesGoBackToTheQueueWithTheirHistory() {
        lindeAdvisorProfile(EVA, LocalDate.now().minusMonths(2));
        IntakeRequest request = phoneCall(unique(), "06-55667788");
        as(LINDE_COORDINATOR, linde, () -> intake.registerClient(request.getPublicId(), true));
        as(LINDE_COORDINATOR, linde, () -> intake.offer(request.getPublicId(), List.of(id(EVA))));
        SupportCase evas = as(EVA, linde, () -> intake.accept(request.getPublicId()));

        int moved = as(LINDE_COORDINATOR, linde, () -> intake.handOver(id(EVA), null));
        assertTrue(moved >= 1);
        assertTrue(as(EVA, linde, () -> cases.find(evas.getPublicId())).isEmpty(), "Eva no longer sees it");
        List<IntakeRequest> queue = as(LINDE_COORDINATOR, linde, () -> intake.queue(new PageRequest(0, 500)));
        IntakeRequest back = queue.stream().filter(r -> r.getSupportCase() != null
                && r.getSupportCase().getPublicId().equals(evas.getPublicId())).findFirst().orElseThrow();
        assertTrue(back.getQuestion().contains(evas.getReference()));
        SupportCase seen = as(LINDE_COORDINATOR, linde, () -> cases.find(evas.getPublicId())).orElseThrow();
        var history = as(LINDE_COORDINATOR, linde, () -> cases.assignmentHistory(seen));
        assertTrue(history.stream().anyMatch(h -> h.advisorName().equals("Eva Dekker") && h.until() != null),
                history.toString());
        lindeAdvisorProfile(ANNA, LocalDate.now().minusMonths(2));
        as(LINDE_COORDINATOR, linde, () -> intake.offer(back.getPublicId(), List.of(id(ANNA))));
        SupportCase same = as(ANNA, linde, () -> intake.accept(back.getPublicId()));
        assertEquals(evas.getPublicId(), same.getPublicId(), "the handed-over case goes on, no new case");

        as(LINDE_COORDINATOR, linde, () -> { cases.release(same.getPublicId(), id(ANNA)); return null; });
        assertTrue(as(ANNA, linde, () -> cases.find(same.getPublicId())).isEmpty(), "taken off, Anna no longer sees it");
        var after = as(LINDE_COORDINATOR, linde, () -> cases.assignmentHistory(seen));
        assertEquals(2, after.stream().filter(h -> h.until() != null).count(), "both ended assignments kept: " + after);
        RuntimeException foreign = assertThrows(RuntimeException.class,
                () -> as(SAMEN_COORDINATOR, samen, () -> { cases.release(same.getPublicId(), id(EVA)); return null; }));
        assertTrue(Failures.causedBy(foreign, NotFoundException.class), foreign.toString());
    }

    @Test
    void theWeeklyDigestCountsTheOrganisationsOwnRequestsAndIsQueuedOncePerCoordinator() {
        // The morning round notes each case's next deadline; it also runs 5 s after the start, so
        // run it here rather than race it.
        tenants.runAs(linde, () -> reminders.remindAll());
        phoneCall(unique(), "06-99887766");
        WeeklyDigest lindes = tenants.runAs(linde, () -> digests.compose());
        WeeklyDigest samens = tenants.runAs(samen, () -> digests.compose());
        assertTrue(lindes.newRequests() >= 1);
        assertTrue(lindes.overdueCount() >= 1, "the demo has overdue cases");
        long samenBefore = samens.newRequests();
        phoneCall(unique(), "06-99887765");
        assertEquals(samenBefore, tenants.runAs(samen, () -> digests.compose()).newRequests(),
                "De Linde's requests never count for Samen Verder");

        // On a Monday the morning round after the start has queued this week's digest already.
        tenants.runAs(linde, () -> digests.sendAll());
        int again = tenants.runAs(linde, () -> digests.sendAll()).mailsQueued();
        assertEquals(0, again, "once per coordinator per week");
        List<OutboxMail> digestMails = as(LINDE_ADMIN, linde, () -> outbox.list(null, new PageRequest(0, 500))).stream()
                .filter(m -> m.getSubject().startsWith("Weekoverzicht week ")).toList();
        assertEquals(List.of(LINDE_COORDINATOR), digestMails.stream().map(OutboxMail::getRecipientAddress).toList(),
                "one digest, for De Linde's only coordinator, never Samen Verder's");
    }
}
