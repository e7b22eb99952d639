package nl.tafelgenoot.ui.objections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.DocumentKind;
import nl.tafelgenoot.domain.documents.DocumentService;
import nl.tafelgenoot.domain.documents.NotAPdf;
import nl.tafelgenoot.domain.letters.LetterKind;
import nl.tafelgenoot.domain.objections.CaseFile;
import nl.tafelgenoot.domain.objections.LetterDrafts;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.InvalidInput;
import nl.tafelgenoot.domain.objections.LateExcuse;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.objections.ObjectionState;
import nl.tafelgenoot.domain.objections.ObjectionStepRefused;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: a decision and an objection recorded by the case's advisor move every
 * date after them; a late objection needs its excuse; a step without its facts is refused; an
 * uploaded letter with a citizen service number is flagged; and another organisation, an
 * advisor not on the case or an admin without case rights reach none of it, letters included.
 */
@ExtendWith(ArquillianExtension.class)
class ObjectionServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    ObjectionService objections;

    @Inject
    DocumentService documents;

    @Inject
    Calendars calendars;

    @Inject
    LetterDrafts letters;

    private final LocalDate today = LocalDate.now();

    private String annasNewCase() {
        Client client = as(ANNA, linde, () -> clients.search(new ClientFilter("Johanna", null), new PageRequest(0, 5))).get(0);
        SupportCase draft = new SupportCase(client, Law.WMO, "Zeist", "Traplift nodig.", Set.of(LifeDomain.HOME_ADAPTATION),
                today.minusDays(120));
        return as(ANNA, linde, () -> cases.open(client.getPublicId(), draft)).getPublicId();
    }

    private DecisionInput refused(LocalDate dispatched, boolean clause) {
        return new DecisionInput(DecisionInput.NEW, today.minusDays(100), dispatched.minusDays(1), dispatched, "WMO/2026/17",
                DecisionOutcome.REFUSED, "Traplift", clause, null, null);
    }

    private static void assertRefused(Class<? extends Throwable> why, Runnable attempt) {
        RuntimeException refused = assertThrows(RuntimeException.class, attempt::run);
        assertTrue(Failures.causedBy(refused, why), refused.toString());
    }

    private static CaseDeadline rule(CaseFile file, DeadlineRule rule) {
        return file.allDeadlines().stream().filter(d -> d.computed().rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void aRecordedDecisionShowsTheObjectionTermAndTheObjectionFollowsItsRoute() {
        String caseId = annasNewCase();
        LocalDate dispatched = today.minusDays(9);
        as(ANNA, linde, () -> objections.recordDecision(caseId, refused(dispatched, true)));
        CaseFile file = as(ANNA, linde, () -> objections.file(caseId)).orElseThrow();
        LocalDate due = new ObjectionDeadlines(calendars.current()).objection(dispatched).date();
        assertEquals(due, rule(file, DeadlineRule.OBJECTION).computed().date());
        assertEquals(DeadlineStatus.MET, rule(file, DeadlineRule.DECISION_ON_APPLICATION).status(), "W5 met by the decision");
        assertEquals(today.minusDays(100), file.supportCase().getApplicationOn(), "the application date is the case's");

        as(ANNA, linde, () -> objections.recordObjection(caseId, ObjectionInput.empty()));
        RuntimeException early = assertThrows(RuntimeException.class,
                () -> as(ANNA, linde, () -> objections.moveObjection(caseId, ObjectionState.PRO_FORMA_FILED)));
        assertEquals(java.util.List.of("receivedOn"), Failures.find(early, ObjectionStepRefused.class).orElseThrow().missing());

        Objection stored = as(ANNA, linde, () -> objections.file(caseId)).orElseThrow().objection().orElseThrow();
        as(ANNA, linde, () -> objections.recordObjection(caseId,
                new ObjectionInput.Builder().version(stored.getVersion()).received(today).build()));
        Objection filed = as(ANNA, linde, () -> objections.moveObjection(caseId, ObjectionState.PRO_FORMA_FILED));
        assertTrue(filed.isProForma());
        assertRefused(ObjectionStepRefused.class, () -> as(ANNA, linde, () -> objections.moveObjection(caseId, ObjectionState.HEARING_HELD)));
        CaseFile after = as(LINDE_COORDINATOR, linde, () -> objections.file(caseId)).orElseThrow();
        assertEquals(DeadlineStatus.MET, rule(after, DeadlineRule.OBJECTION).status());
        assertEquals(ObjectionState.PRO_FORMA_FILED, after.objection().orElseThrow().getState());
        assertTrue(after.allDeadlines().stream().anyMatch(d -> d.computed().rule() == DeadlineRule.DECISION_ON_OBJECTION));

        assertRefused(jakarta.persistence.OptimisticLockException.class, () -> as(ANNA, linde,
                () -> objections.recordObjection(caseId, ObjectionInput.empty())));
    }

    @Test
    void aLateObjectionIsKeptOnlyWithItsExcuse() {
        String caseId = annasNewCase();
        as(ANNA, linde, () -> objections.recordDecision(caseId, refused(today.minusDays(60), false)));
        RuntimeException late = assertThrows(RuntimeException.class, () -> as(ANNA, linde,
                () -> objections.recordObjection(caseId, new ObjectionInput.Builder().received(today).build())));
        assertEquals("lateExcuse", Failures.find(late, InvalidInput.class).orElseThrow().field());
        Objection excused = as(ANNA, linde, () -> objections.recordObjection(caseId,
                new ObjectionInput.Builder().received(today).excuse(LateExcuse.NO_OBJECTION_CLAUSE, null).build()));
        assertEquals(LateExcuse.NO_OBJECTION_CLAUSE, excused.getLateExcuse());
    }

    @Test
    void anotherOrganisationAnAdvisorNotOnTheCaseAndAnAdminReachNothing() {
        String caseId = annasNewCase();
        as(ANNA, linde, () -> objections.recordDecision(caseId, refused(today.minusDays(9), true)));
        CaseDocument letter = as(ANNA, linde, () -> documents.upload(caseId, DocumentKind.DECISION, "besluit.pdf",
                pdf("Besluit op uw aanvraag")));
        assertFalse(letter.isBsnSuspected());

        assertTrue(as(PIETER, linde, () -> objections.file(caseId)).isEmpty());
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> objections.file(caseId)).isEmpty());
        assertRefused(NotFoundException.class, () -> as(PIETER, linde, () -> objections.recordDecision(caseId, refused(today, true))));
        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen,
                () -> objections.recordObjection(caseId, ObjectionInput.empty())));
        assertRefused(AccessDeniedException.class, () -> as(LINDE_ADMIN, linde,
                () -> objections.recordObjection(caseId, ObjectionInput.empty())));

        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen,
                () -> letters.draft(caseId, LetterKind.PRO_FORMA_OBJECTION, java.util.List.of())));
        assertRefused(NotFoundException.class, () -> as(PIETER, linde, () -> letters.groundsToChooseFrom(caseId)));
        assertEquals("WMO/2026/17", as(ANNA, linde,
                () -> letters.draft(caseId, LetterKind.PRO_FORMA_OBJECTION, java.util.List.of())).decision().reference());
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> documents.open(letter.getPublicId())).isEmpty());
        assertTrue(as(PIETER, linde, () -> documents.open(letter.getPublicId())).isEmpty());
        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> {
            documents.remove(letter.getPublicId());
            return null;
        }));
        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> documents.ofCase(caseId)));
        assertEquals(1, as(LINDE_COORDINATOR, linde, () -> documents.ofCase(caseId)).size());
        assertTrue(as(LINDE_COORDINATOR, linde, () -> documents.open(letter.getPublicId())).isPresent());
    }

    @Test
    void anUploadWithACitizenServiceNumberIsFlaggedAndAnythingButAPdfIsRefused() {
        String caseId = annasNewCase();
        CaseDocument flagged = as(ANNA, linde, () -> documents.upload(caseId, DocumentKind.DECISION, "besluit-bsn.pdf",
                pdf("Burgerservicenummer: 111222333")));
        assertTrue(flagged.isBsnSuspected());
        assertRefused(NotAPdf.class, () -> as(ANNA, linde, () -> documents.upload(caseId, DocumentKind.DECISION, "brief.pdf",
                "Dit is geen pdf".getBytes(StandardCharsets.UTF_8))));
        as(ANNA, linde, () -> {
            documents.remove(flagged.getPublicId());
            return null;
        });
        assertTrue(as(ANNA, linde, () -> documents.ofCase(caseId)).isEmpty());
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
