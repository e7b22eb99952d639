package nl.tafelgenoot.ui.reports;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.reports.ReportChaser;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * Opens the "chase the report" tasks of cases that crossed the W3 date overnight (and closes
 * those whose reason went away), every morning and once shortly after start-up, for every active
 * organisation in turn: one transaction and one tenant per organisation, so a failure in one
 * leaves the others done. The rule itself is {@code ReportChaseRule}; this only schedules it.
 * Timers are not persistent: a missed morning is caught up by the next start or the next day,
 * and the work is idempotent.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class ReportChaseJob {

    private static final Logger LOG = Logger.getLogger(ReportChaseJob.class.getName());
    static final long AFTER_START_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    OrganisationService organisations;

    @Inject
    TenantRunner tenants;

    @Inject
    ReportChaser chaser;

    @PostConstruct
    void scheduleFirstRun() {
        timers.createSingleActionTimer(AFTER_START_MILLIS, new TimerConfig("report-chase-after-start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart() {
        chaseEveryOrganisation();
    }

    @Schedule(hour = "6", minute = "15", timezone = "Europe/Amsterdam", persistent = false, info = "report-chase-daily")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        chaseEveryOrganisation();
    }

    private void chaseEveryOrganisation() {
        for (Organisation organisation : organisations.active()) {
            try {
                ReportChaser.Run run = tenants.runAs(organisation.tenantId(), chaser::chaseAll);
                if (run.opened() + run.closed() > 0) {
                    LOG.info(() -> "Report chase for " + organisation.getSlug() + ": " + run.opened() + " opened, "
                            + run.closed() + " closed");
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Report chase failed for " + organisation.getSlug() + "; retried next run", failure);
            }
        }
    }
}
