package nl.tafelgenoot.ui.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.mail.MailSettings;
import nl.tafelgenoot.domain.mail.OutboxRepository;
import nl.tafelgenoot.domain.mail.OutboxSender;
import nl.tafelgenoot.domain.mail.SmtpMailer;
import nl.tafelgenoot.domain.mail.TenantTransactions;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the outbox of every active organisation once a minute ({@value #INTERVAL} to change), one
 * organisation (and tenant) at a time, so a failure in one leaves the others done. Without {@code TAFELGENOOT_SMTP_HOST} it
 * says so once at start and sends nothing: mail stays in the outbox for the admins to read.
 *
 * <p>Every node runs this timer (not persistent, not clustered); {@link OutboxSender}'s claim in
 * the database makes sure each mail still goes out once. On one node a pass that outlasts the
 * interval makes the next tick skip, rather than queue up behind it.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSendJob {

    private static final Logger LOG = Logger.getLogger(OutboxSendJob.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    OrganisationService organisations;

    @Inject
    TenantRunner tenants;

    @Inject
    OutboxRepository outbox;

    @Inject
    TenantTransactions transactions;

    @Inject
    Clock clock;

    /** Seconds between passes ({@value #INTERVAL}); a minute unless set. */
    static final String INTERVAL = "TAFELGENOOT_MAIL_SEND_SECONDS";

    @Resource
    TimerService timers;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile OutboxSender sender;

    @PostConstruct
    void start() {
        if (!settings.isConfigured()) {
            LOG.info(MailSettings.HOST + " is not set: no e-mail is sent; it stays in the outbox"
                    + " (Uitgaande e-mail, for admins)");
            return;
        }
        sender = new OutboxSender(outbox, transactions, new SmtpMailer(settings, clock), clock, OutboxSender.thisNode());
        Duration every = interval(ConfigProvider.getConfig().getOptionalValue(INTERVAL, String.class).orElse(null));
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("outbox-send", false));
        LOG.info(() -> "E-mail from the outbox goes out through " + settings + "; this node claims mail as "
                + sender.node());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyInterval() {
        sendEveryOrganisation();
    }

    static Duration interval(String configured) {
        try {
            int seconds = configured == null ? 60 : Integer.parseInt(configured.strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException notANumber) {
            LOG.warning(() -> INTERVAL + " is not a number of seconds: " + configured + "; sending every minute");
            return Duration.ofMinutes(1);
        }
    }

    /**
     * One pass over the due mail of every active organisation (and of every one being offboarded). Does nothing (an empty run) without
     * a mail server, or while a pass of this node is still running.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OutboxSender.Run sendEveryOrganisation() {
        OutboxSender current = sender;
        OutboxSender.Run total = new OutboxSender.Run(0, 0, 0, 0);
        if (current == null || !busy.compareAndSet(false, true)) {
            return total;
        }
        try {
            for (Organisation organisation : organisations.sendingMail()) {
                try {
                    OutboxSender.Run run = tenants.runAs(organisation.tenantId(), current::sendDue);
                    if (!run.isEmpty()) {
                        LOG.info(() -> "Outbox of " + organisation.getSlug() + ": " + run);
                    }
                    total = total.plus(run);
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "Outbox of " + organisation.getSlug() + " not sent; tried again next minute",
                            failure);
                }
            }
            return total;
        } finally {
            busy.set(false);
        }
    }
}
