package nl.tafelgenoot.ui.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.reminders.DeadlineReminders;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: an objection term five days away gives the case a deadline task on
 * Anna's list as soon as the decision is recorded, and the morning round one reminder mail to her in the outbox, with the case reference and rule but
 * no client name; running the morning round again adds neither; when the objection is received
 * the portal closes the task; and another organisation's admin never sees the mail.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineRemindersIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String SAMEN_ADMIN = "beheerder@samenverder.example";

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    ObjectionService objections;

    @Inject
    TaskService tasks;

    @Inject
    DeadlineReminders reminders;

    @Inject
    TenantRunner tenants;

    @Inject
    Outbox outbox;

    @Inject
    Calendars calendars;

    private final LocalDate today = LocalDate.now();

    private List<CaseTask> deadlineTasks(String caseId) {
        return as(ANNA, linde, () -> tasks.ofCase(caseId)).stream().filter(t -> t.getSource() == TaskSource.DEADLINE).toList();
    }

    private List<OutboxMail> mailsAbout(String reference, String admin, nl.tafelgenoot.domain.tenancy.TenantId tenant) {
        return as(admin, tenant, () -> outbox.list(null, new PageRequest(0, 500))).stream()
                .filter(m -> m.getSubject().contains(reference)).toList();
    }

    @Test
    void anObjectionTermCloseByGivesOneTaskAndOneMailUntilTheObjectionIsIn() {
        Client client = as(ANNA, linde, () -> clients.search(new ClientFilter("Johanna", null), new PageRequest(0, 5))).get(0);
        SupportCase draft = new SupportCase(client, Law.WMO, "Zeist", "Hulp bij het huishouden.", Set.of(LifeDomain.HOUSEHOLD),
                today.minusDays(90));
        SupportCase opened = as(ANNA, linde, () -> cases.open(client.getPublicId(), draft));
        String caseId = opened.getPublicId();
        LocalDate dispatched = today.minusDays(38);
        as(ANNA, linde, () -> objections.recordDecision(caseId, new DecisionInput(DecisionInput.NEW, today.minusDays(60),
                dispatched, dispatched, "WMO-77", DecisionOutcome.REFUSED, "Huishoudelijke hulp", true, null, null)));
        LocalDate due = new ObjectionDeadlines(calendars.current()).objection(dispatched).date();
        assertTrue(deadlineTasks(caseId).stream().anyMatch(t -> t.getDeadlineRule().orElseThrow() == DeadlineRule.OBJECTION
                && t.getDueOn().equals(due)), "the task is there as soon as the decision is recorded");
        assertTrue(mailsAbout(opened.getReference(), LINDE_ADMIN, linde).isEmpty(), "mail waits for the morning round");

        tenants.runAs(linde, reminders::remindAll);
        List<CaseTask> watching = deadlineTasks(caseId);
        CaseTask objectionTask = watching.stream()
                .filter(t -> t.getDeadlineRule().orElseThrow() == DeadlineRule.OBJECTION).findFirst().orElseThrow();
        assertEquals(due, objectionTask.getDueOn());
        assertTrue(as(ANNA, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(objectionTask.getId())));

        List<OutboxMail> mails = mailsAbout(opened.getReference(), LINDE_ADMIN, linde);
        assertEquals(1, mails.size(), mails.toString());
        OutboxMail mail = mails.get(0);
        assertEquals(ANNA, mail.getRecipientAddress());
        assertTrue(mail.getSubject().contains("A1"), mail.getSubject());
        assertTrue(mail.getBody().contains("casussen/" + caseId + "/besluit"), mail.getBody());
        assertFalse(mail.getBody().contains(client.getSurname()), "no client name in a mail");

        tenants.runAs(linde, reminders::remindAll);
        assertEquals(1, mailsAbout(opened.getReference(), LINDE_ADMIN, linde).size(), "the second round queues nothing");
        assertEquals(watching.size(), deadlineTasks(caseId).size(), "and opens no second task");
        assertTrue(mailsAbout(opened.getReference(), SAMEN_ADMIN, samen).isEmpty(), "another organisation sees nothing");

        as(ANNA, linde, () -> objections.recordObjection(caseId, new ObjectionInput.Builder().received(today).build()));
        tenants.runAs(linde, reminders::remindAll);
        CaseTask closed = deadlineTasks(caseId).stream().filter(t -> t.getId().equals(objectionTask.getId())).findFirst().orElseThrow();
        assertTrue(closed.isDone());
        assertTrue(closed.isClosedBySystem());
    }
}
