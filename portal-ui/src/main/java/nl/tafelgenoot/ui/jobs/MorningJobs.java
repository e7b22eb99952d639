package nl.tafelgenoot.ui.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.booking.BookingService;
import nl.tafelgenoot.domain.intake.WeeklyDigests;
import nl.tafelgenoot.domain.offboarding.OffboardingService;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.privacy.RetentionJob;
import nl.tafelgenoot.domain.reminders.DeadlineReminders;
import nl.tafelgenoot.domain.reports.ReportChaser;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * The portal's morning round, every day and once shortly after start-up, for every active
 * organisation in turn: open or close the "chase the report" tasks of cases that crossed the W3
 * date overnight ({@code ReportChaseRule}), then keep the deadline tasks and queue the reminder
 * mails ({@code ReminderRule}); on Mondays also the coordinators' weekly digest
 * ({@code WeeklyDigests}, once per coordinator per week); and erase the closed cases past the
 * organisation's retention period ({@code RetentionJob}). Before that, the data of organisations
 * whose offboarding waiting period ended is deleted ({@code OffboardingService#purgeDue}). One transaction and one tenant per organisation and per job, so a
 * failure in one leaves the others done. Timers are not persistent: a missed morning is caught up
 * by the next start or the next day, and both jobs are idempotent.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class MorningJobs {

    private static final Logger LOG = Logger.getLogger(MorningJobs.class.getName());
    static final long AFTER_START_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    OrganisationService organisations;

    @Inject
    TenantRunner tenants;

    @Inject
    BookingService bookings;

    @Inject
    ReportChaser chaser;

    @Inject
    DeadlineReminders reminders;

    @Inject
    WeeklyDigests digests;

    @Inject
    RetentionJob retention;

    @Inject
    OffboardingService offboarding;

    @Inject
    Clock clock;

    @PostConstruct
    void scheduleFirstRun() {
        timers.createSingleActionTimer(AFTER_START_MILLIS, new TimerConfig("morning-jobs-after-start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart() {
        runForEveryOrganisation();
    }

    @Schedule(hour = "6", minute = "15", timezone = "Europe/Amsterdam", persistent = false, info = "morning-jobs-daily")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        runForEveryOrganisation();
    }

    private void runForEveryOrganisation() {
        try {
            int gone = offboarding.purgeDue(clock.instant());
            LOG.fine(() -> "Offboardings carried out: " + gone);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Offboarding round failed; retried next run", failure);
        }
        for (Organisation organisation : organisations.active()) {
            run("Report chase", organisation, chaser::chaseAll);
            run("Deadline reminders", organisation, reminders::remindAll);
            run("Appointment reminders", organisation, () -> bookings.remindTomorrow(organisation));
            run("Retention", organisation, retention::eraseExpired);
            if (LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).getDayOfWeek() == DayOfWeek.MONDAY) {
                run("Weekly digest", organisation, digests::sendAll);
            }
        }
    }

    private void run(String job, Organisation organisation, Supplier<Record> work) {
        try {
            Record result = tenants.runAs(organisation.tenantId(), work);
            LOG.fine(() -> job + " for " + organisation.getSlug() + ": " + result);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, job + " failed for " + organisation.getSlug() + "; retried next run", failure);
        }
    }
}
