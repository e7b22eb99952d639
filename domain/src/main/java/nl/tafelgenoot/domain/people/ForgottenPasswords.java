package nl.tafelgenoot.domain.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.RateLimit;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * "Forgotten password" from the login page: someone gives an e-mail address and, when it belongs
 * to an active account, a single-use link to choose a new password (one hour) is mailed to it. The
 * caller learns nothing about whether the address is known: {@link #request} returns the same for
 * any address, and only the rate limits (per address typed and per client address, the same for
 * known and unknown addresses) can refuse it. Choosing the password is {@link InvitationService#use}
 * with the {@link InvitationPurpose#FORGOTTEN} link: it ends the person's other sessions and leaves
 * two-step login on. The link's secret is kept only as its SHA-256.
 */
@ApplicationScoped
@Transactional
public class ForgottenPasswords {

    private final RateLimit perEmail = new RateLimit("forgotten-per-email", 5, Duration.ofHours(1),
            RateLimit.MAX_ADDRESSES, Clock.systemUTC());
    private final RateLimit perClient = new RateLimit("forgotten-per-client", 20, Duration.ofHours(1),
            RateLimit.MAX_ADDRESSES, Clock.systemUTC());

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
     * Mails a link to choose a new password when the address belongs to an active account that
     * works for at least one active organisation; otherwise does nothing, silently.
     *
     * @throws RateLimited when this address, or this client, asked too often in the last hour
     */
    public void request(String email, String clientAddress) {
        String address = Account.normaliseEmail(email);
        if (!perClient.tryAcquire(clientAddress == null ? "unknown" : clientAddress)
                || !perEmail.tryAcquire("email:" + address)) {
            throw new RateLimited();
        }
        Optional<Account> found = accounts.findByEmail(address).filter(Account::isActive);
        if (found.isEmpty()) {
            return;
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
            return;
        }
        Organisation organisation = sender.get();
        account.organisationIds().forEach(id -> invitations.open(id, InvitationPurpose.FORGOTTEN).stream()
                .filter(i -> account.getId().equals(i.getAccountId()))
                .forEach(i -> i.withdraw(clock.instant())));
        String token = ManageTokens.next();
        StaffInvitation link = invitations.add(StaffInvitation.forgotten(organisation.getId(), account,
                ManageTokens.hash(token), clock.instant()));
        PeopleMails.Mail mail = PeopleMails.forgotten(account.getDisplayName(), token, link);
        tenants.runAs(organisation.tenantId(), () -> outbox.queueConfidential("people:forgotten:" + link.getId(),
                Recipient.account(account.getId(), account.getEmail(), account.getDisplayName()), mail.subject(),
                mail.body()));
    }
}
