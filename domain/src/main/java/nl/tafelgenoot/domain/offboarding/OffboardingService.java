package nl.tafelgenoot.domain.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * An organisation leaving the platform, from start to end. The platform operator starts it after
 * retyping the booking-page address: from that moment nobody of the organisation logs in or books,
 * its waiting mails are given up, and each active admin (and the contact address) gets a link to the
 * full export. The operator may call it off during the waiting period ({@link Offboarding#WAITING_PERIOD});
 * after it, the morning job deletes every row of the organisation ({@link OffboardingPurge}) and
 * the record keeps when and how many. The export link opens the organisation's data to its holder
 * without a login (nobody of a leaving organisation can log in); it is sent only to the
 * organisation's own admins and contact, works until the deletion, and every use is counted.
 * Not transactional itself: global changes and each organisation's work have their own transactions.
 */
@ApplicationScoped
public class OffboardingService {

    private static final Logger LOG = Logger.getLogger(OffboardingService.class.getName());
    private static final int PAGE = 500;

    /** What the export page shows before the download: whose data and until when. */
    public record ExportTicket(String organisationName, Instant purgeAfter) {
    }

    @Inject
    OffboardingRecords records;

    @Inject
    OffboardingTenantWork inside;

    @Inject
    OrganisationExportReader reader;

    @Inject
    OffboardingPurge purge;

    @Inject
    TenantRunner runner;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The organisation's latest offboarding, for the operator's list. */
    public Optional<Offboarding> latestOf(long organisationId) {
        user.require(Permission.PLATFORM_MANAGE);
        return records.latestOf(organisationId);
    }

    /**
     * Starts the offboarding when {@code typedSlug} is the organisation's booking-page address; mails
     * the export links. Returns the record.
     *
     * @throws OffboardingRefused at the field {@code confirmation} when the address was not retyped
     *         right, or for the whole form when the organisation is already leaving or gone
     */
    public Offboarding start(long organisationId, String typedSlug) {
        user.require(Permission.PLATFORM_MANAGE);
        Instant now = clock.instant();
        OffboardingRecords.Started started = records.start(organisationId, typedSlug, user.accountId(), now);
        Organisation organisation = started.organisation();
        runner.runAs(organisation.tenantId(), () -> {
            Map<String, String> recipients = inside.recipients(organisation.getContactEmail(), organisation.getName());
            List<OffboardingMails.Mail> mails = new ArrayList<>();
            Map<String, String> hashes = new java.util.LinkedHashMap<>();
            recipients.forEach((email, name) -> {
                String token = ManageTokens.next();
                hashes.put(email, ManageTokens.hash(token));
                mails.add(OffboardingMails.exportLink(email, name, organisation.getName(), token,
                        started.offboarding().getPurgeAfter()));
            });
            records.addLinks(started.offboarding().getId(), hashes);
            inside.started(started.offboarding().getId(), mails);
            return null;
        });
        return records.latestOf(organisationId).orElseThrow();
    }

    /** Calls the offboarding off: the links stop, the organisation stays suspended until reactivated. */
    public void cancel(long organisationId) {
        user.require(Permission.PLATFORM_MANAGE);
        Organisation organisation = records.cancel(organisationId, user.accountId(), clock.instant());
        runner.runAs(organisation.tenantId(), () -> {
            inside.cancelled();
            return null;
        });
    }

    /** What the export link leads to, while it works; empty for a wrong, stopped or expired link. */
    public Optional<ExportTicket> ticket(String token) {
        if (!ManageTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return records.usable(ManageTokens.hash(token), clock.instant())
                .map(found -> new ExportTicket(found.organisation().getName(), found.offboarding().getPurgeAfter()));
    }

    /**
     * Writes the whole export of the link's organisation to the sink and counts the download.
     *
     * @return false (and writes nothing) when the link does not work (any more)
     */
    public boolean export(String token, ExportSink sink) {
        if (!ManageTokens.isWellFormed(token)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<OffboardingRecords.Found> found = records.download(ManageTokens.hash(token), now);
        if (found.isEmpty()) {
            return false;
        }
        Organisation organisation = found.get().organisation();
        runner.runAs(organisation.tenantId(), () -> {
            sink.organisation(organisation.getName(), organisation.getSlug(), now, reader.organisation());
            for (String client : reader.clientPublicIds()) {
                sink.dossier(reader.dossier(client, now));
            }
            for (String kind : reader.kinds()) {
                sink.kind(kind);
                for (int first = 0; ; first += PAGE) {
                    List<ClientDossier.Item> rows = reader.rows(kind, first, PAGE);
                    rows.forEach(sink::row);
                    if (rows.size() < PAGE) {
                        break;
                    }
                }
            }
            return null;
        });
        return true;
    }

    /** The morning job: carries out every offboarding whose waiting period ended. Returns how many. */
    public int purgeDue(Instant now) {
        int done = 0;
        for (Offboarding due : records.dueAt(now)) {
            try {
                if (runner.runAs(new nl.tafelgenoot.domain.tenancy.TenantId(due.getOrganisationId()),
                        () -> purge.carryOut(due.getId(), now)).isPresent()) {
                    done++;
                    LOG.info(() -> "Organisation " + due.getOrganisationId() + " offboarded: its data is deleted");
                }
            } catch (RuntimeException failure) {
                LOG.log(java.util.logging.Level.WARNING, "Offboarding " + due.getId() + " failed; retried next run",
                        failure);
            }
        }
        return done;
    }
}
