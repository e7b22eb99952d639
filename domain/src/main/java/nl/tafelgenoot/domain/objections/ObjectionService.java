package nl.tafelgenoot.domain.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseRouteChanged;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Recording the municipality's decision and following the objection against it. The case is
 * resolved through {@link CaseService#find(String)} (advisor scoping, audited read), changes need
 * {@link Permission#CASE_WRITE}, and a form read at one version is refused when someone saved in
 * between. Filing the objection moves the case into its objection phase, filing an appeal into
 * its appeal phase, where the case's route allows it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ObjectionService {

    @Inject
    CaseService cases;

    @Inject
    DecisionRepository decisions;

    @Inject
    ObjectionRepository objections;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    Event<CaseRouteChanged> routeChanged;

    /** The case (if visible) with its decision and objection, and every date computed from them. */
    public Optional<CaseFile> file(String casePublicId) {
        return cases.find(casePublicId).map(this::fileOf);
    }

    public Decision recordDecision(String casePublicId, DecisionInput input) {
        SupportCase supportCase = writable(casePublicId);
        Optional<Decision> existing = decisions.forCase(supportCase);
        requireVersion(existing.map(Decision::getVersion).orElse(DecisionInput.NEW), input.version());
        Decision decision = existing.orElseGet(() -> new Decision(supportCase));
        decision.record(input, today(), user.accountId(), clock.instant());
        supportCase.recordDates(supportCase.getNotifiedOn(), supportCase.getInterviewOn(),
                supportCase.getReportReceivedOn(), input.applicationOn());
        Validity.require(validator, decision);
        if (existing.isEmpty()) {
            decisions.add(decision);
        } else {
            decisions.flush();
        }
        audit.record(AuditAction.DECISION_RECORDED, supportCase.getClient().getPublicId());
        routeChanged.fire(new CaseRouteChanged(supportCase));
        return decision;
    }

    /** Records the facts of the objection, starting one (the client considers objecting) if there was none. */
    public Objection recordObjection(String casePublicId, ObjectionInput input) {
        SupportCase supportCase = writable(casePublicId);
        Decision decision = decisions.forCase(supportCase).filter(Decision::isDispatched)
                .orElseThrow(() -> new InvalidInput("decision", "notDispatched"));
        Optional<Objection> existing = objections.forCase(supportCase);
        requireVersion(existing.map(Objection::getVersion).orElse(ObjectionInput.NEW), input.version());
        Objection objection = existing.orElseGet(() -> new Objection(supportCase));
        ObjectionTimeliness timeliness = input.receivedOn() == null ? null
                : new ObjectionDeadlines(calendars.current())
                        .timeliness(decision.getDispatchedOn(), input.postedOn(), input.receivedOn());
        objection.record(input, decision.getDispatchedOn(), timeliness, today(), user.accountId(), clock.instant());
        Validity.require(validator, objection);
        if (existing.isEmpty()) {
            objections.add(objection);
        } else {
            objections.flush();
        }
        audit.record(AuditAction.OBJECTION_RECORDED, supportCase.getClient().getPublicId());
        routeChanged.fire(new CaseRouteChanged(supportCase));
        return objection;
    }

    /** Takes the objection's next step; see {@link Objection#moveTo}. */
    public Objection moveObjection(String casePublicId, ObjectionState target) {
        SupportCase supportCase = writable(casePublicId);
        Objection objection = objections.forCase(supportCase).orElseThrow(() -> new NotFoundException("objection"));
        objection.moveTo(target);
        followOnCase(supportCase, target);
        objections.flush();
        audit.record(AuditAction.OBJECTION_STEP, supportCase.getClient().getPublicId());
        routeChanged.fire(new CaseRouteChanged(supportCase));
        return objection;
    }

    private static void followOnCase(SupportCase supportCase, ObjectionState target) {
        CasePhase phase = supportCase.getPhase();
        if ((target == ObjectionState.PRO_FORMA_FILED || target == ObjectionState.GROUNDS_FILED)
                && phase == CasePhase.DECISION) {
            supportCase.moveTo(CasePhase.OBJECTION);
        } else if (target == ObjectionState.APPEAL_FILED && phase == CasePhase.OBJECTION) {
            supportCase.moveTo(CasePhase.APPEAL);
        }
    }

    CaseFile fileOf(SupportCase supportCase) {
        Decision decision = decisions.forCase(supportCase).orElse(null);
        Objection objection = objections.forCase(supportCase).orElse(null);
        HolidayCalendar calendar = calendars.current();
        ObjectionSchedule.Result schedule = new ObjectionSchedule(calendar).of(decision, objection, today());
        return new CaseFile(supportCase, Optional.ofNullable(decision), Optional.ofNullable(objection), schedule,
                AllCaseDeadlines.merged(calendar, supportCase, decision, schedule, today()));
    }

    private SupportCase writable(String casePublicId) {
        user.require(Permission.CASE_WRITE);
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }

    private static void requireVersion(long stored, long read) {
        if (stored != read) {
            throw new OptimisticLockException("changed since it was read");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
