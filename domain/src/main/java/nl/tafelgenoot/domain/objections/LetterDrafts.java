package nl.tafelgenoot.domain.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.letters.DecisionReference;
import nl.tafelgenoot.domain.letters.LateDecision;
import nl.tafelgenoot.domain.letters.LetterContent;
import nl.tafelgenoot.domain.letters.LetterKind;
import nl.tafelgenoot.domain.letters.Letterhead;
import nl.tafelgenoot.domain.letters.Municipality;
import nl.tafelgenoot.domain.letters.Objector;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.notes.NoteService;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.organisations.LetterheadService;
import nl.tafelgenoot.domain.organisations.LetterheadSettings;
import nl.tafelgenoot.domain.preparation.LifeDomainPreparation;
import nl.tafelgenoot.domain.preparation.PreparationService;
import nl.tafelgenoot.domain.reports.ReportDifference;
import nl.tafelgenoot.domain.reports.ReportService;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Fills a letter from the case: the organisation as letterhead, the client as objector (name
 * and postal address from the client record), the municipality as addressee, the decision it is
 * about, and for a notice of default the request that was not decided in time — the application
 * (W5) or, once an objection was filed, the objection (A5). Whatever is missing stays empty, so
 * {@code LetterCheck} can list it instead of the letter printing a placeholder. The grounds of a
 * full objection are the advisor's choice from what the case already holds: its notes, the
 * preparation's "where it gets stuck" per life domain, and the differences found in the report.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class LetterDrafts {

    @Inject
    ObjectionService objections;

    @Inject
    NoteService notes;

    @Inject
    PreparationService preparations;

    @Inject
    ReportService reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    LetterheadService letterheads;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** The letter of this kind as the case allows it now; check it with {@code LetterCheck} before printing. */
    public LetterContent draft(String casePublicId, LetterKind kind, List<String> grounds) {
        CaseFile file = objections.file(casePublicId).orElseThrow(() -> new NotFoundException("case"));
        SupportCase supportCase = file.supportCase();
        Client client = supportCase.getClient();
        LetterheadSettings printed = letterheads.forPrinting();
        String organisationName = printed.printedName() != null ? printed.printedName()
                : organisations.find(tenant.require().value()).map(Organisation::getName).orElse(null);
        Letterhead letterhead = new Letterhead(organisationName, printed.addressLines(), printed.logo());
        Objector objector = new Objector(client.getFullName(), client.getAddress(), client.getPostcode(), client.getCity());
        Municipality municipality = new Municipality(supportCase.getMunicipality(), List.of());
        LocalDate today = LocalDate.now(clock);
        String place = client.getCity();
        Decision decision = file.decision().orElse(null);
        DecisionReference reference = decision == null ? new DecisionReference(null, null, null, null)
                : new DecisionReference(decision.getDecidedOn(), decision.getDispatchedOn(),
                        decision.getMunicipalityReference(), decision.getProvisions());
        return switch (kind) {
            case PRO_FORMA_OBJECTION -> LetterContent.proFormaObjection(letterhead, objector, municipality, today, place, reference);
            case OBJECTION -> LetterContent.objection(letterhead, objector, municipality, today, place, reference, grounds);
            case NOTICE_OF_DEFAULT -> LetterContent.noticeOfDefault(letterhead, objector, municipality, today, place,
                    lateDecision(file, decision));
        };
    }

    /** A late decision on the objection once one was filed, else the late decision on the application. */
    private static LateDecision lateDecision(CaseFile file, Decision decision) {
        Optional<Objection> objection = file.objection().filter(o -> o.getReceivedOn() != null);
        String subject = decision == null ? file.supportCase().getRequest() : decision.getProvisions();
        String reference = decision == null ? null : decision.getMunicipalityReference();
        if (objection.isPresent()) {
            return new LateDecision(LateDecision.Request.OBJECTION, objection.get().getReceivedOn(),
                    date(file, DeadlineRule.DECISION_ON_OBJECTION), subject, reference);
        }
        return new LateDecision(LateDecision.Request.APPLICATION, file.supportCase().getApplicationOn(),
                date(file, DeadlineRule.DECISION_ON_APPLICATION), subject, reference);
    }

    private static LocalDate date(CaseFile file, DeadlineRule rule) {
        return file.allDeadlines().stream().filter(d -> d.computed().rule() == rule)
                .map(CaseDeadline::computed).map(c -> c.date()).findFirst().orElse(null);
    }

    /** Texts the case already holds that may ground an objection, to choose from. */
    public List<String> groundsToChooseFrom(String casePublicId) {
        List<String> candidates = new ArrayList<>();
        for (CaseNote note : notes.ofCase(casePublicId)) {
            candidates.add(note.getText());
        }
        preparations.preparationOf(casePublicId).ifPresent(p -> p.getDomains().stream()
                .map(LifeDomainPreparation::getStuck).filter(s -> s != null && !s.isBlank()).forEach(candidates::add));
        reports.checkOf(casePublicId).ifPresent(check -> {
            for (ReportDifference difference : check.getDifferences()) {
                candidates.add(difference.getSaidOrAgreed() == null ? difference.getReportSays()
                        : difference.getReportSays() + " — " + difference.getSaidOrAgreed());
            }
        });
        return candidates.stream().distinct().toList();
    }
}
