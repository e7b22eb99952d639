package nl.tafelgenoot.domain.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * The work behind a forgotten-password request, done after the request has been answered
 * ({@link ForgottenPasswords} hands it over): looking the address up and, for an active account,
 * withdrawing its earlier links, making a new one and queuing the mail. Doing this outside the
 * request keeps the answer's timing the same for known and unknown addresses. Runs on a managed
 * thread without an HTTP request, hence its own request context and transaction.
 */
@ApplicationScoped
public class ForgottenPasswordMail {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    InvitationRepository invitations;

    @Inject
    Outbox outbox;

    @Inject
    TenantRunner tenants;

    @Inject
    Clock clock;

    /**
     * Mails a link to choose a new password when the (normalised) address belongs to an active
     * account that works for at least one active organisation; otherwise does nothing, silently.
     * Returns whether a mail was queued (for the log's counts; never shown to the asker).
     */
    @ActivateRequestContext
    @Transactional
    public boolean send(String normalisedAddress) {
        Optional<Account> found = accounts.findByEmail(normalisedAddress).filter(Account::isActive);
        if (found.isEmpty()) {
            return false;
        }
        Account account = found.get();
        // Mail goes out through an organisation's outbox (its mail settings, its admins see that it
        // was sent). Someone who works for no active organisation cannot log in to anything, so
        // there is no outbox to send from and no reason to send: they get no mail.
        Optional<Organisation> sender = account.organisationIds().stream()
                .map(id -> organisations.find(id).orElse(null))
                .filter(o -> o != null && o.isActive())
                .findFirst();
        if (sender.isEmpty()) {
            return false;
        }
        Organisation organisation = sender.get();
        account.organisationIds().forEach(id -> invitations.open(id, InvitationPurpose.FORGOTTEN).stream()
                .filter(i -> account.getId().equals(i.getAccountId()))
                .forEach(i -> i.withdraw(clock.instant())));
        String token = ManageTokens.next();
        StaffInvitation link = invitations.add(StaffInvitation.forgotten(organisation.getId(), account,
                ManageTokens.hash(token), clock.instant()));
        PeopleMails.Mail mail = PeopleMails.forgotten(account.getDisplayName(), token, link);
        return tenants.runAs(organisation.tenantId(), () -> outbox.queueConfidential("people:forgotten:" + link.getId(),
                Recipient.account(account.getId(), account.getEmail(), account.getDisplayName()), mail.subject(),
                mail.body()));
    }
}
