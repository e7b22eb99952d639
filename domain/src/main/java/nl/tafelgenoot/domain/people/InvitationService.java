package nl.tafelgenoot.domain.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.PasswordPolicy;
import nl.tafelgenoot.domain.accounts.Passwords;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * The public side of invitation and reset links: what a link is for, and using it. Needs no
 * login and no organisation (the link's secret names its own); every link that does not work
 * (unknown, expired, used, withdrawn) gives the same {@link LinkNotUsable}, so the page says
 * nothing about which.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    @Inject
    InvitationRepository invitations;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** What the link is for, when it works. */
    public Optional<LinkDetails> details(String token) {
        return usable(token).map(i -> new LinkDetails(i.getPurpose(), i.getDisplayName(), i.getEmail(),
                organisations.find(i.getOrganisationId()).map(o -> o.getName()).orElse(""),
                choosesPassword(i)));
    }

    /**
     * Uses the link: an invitation adds the membership (for someone with an active account, with
     * their existing password; else with the chosen one, {@link PasswordPolicy}), a reset sets the
     * chosen password. Returns the e-mail address to log in with.
     *
     * @throws LinkNotUsable when the link does not work (any reason)
     * @throws nl.tafelgenoot.domain.accounts.PasswordRefused for a password not accepted
     */
    public String use(String token, String chosen, String repeat) {
        StaffInvitation link = usable(token).orElseThrow(LinkNotUsable::new);
        TenantId organisation = new TenantId(link.getOrganisationId());
        if (link.getPurpose().choosesNewPassword()) {
            Account account = accounts.find(link.getAccountId()).filter(Account::isActive)
                    .filter(a -> a.worksFor(organisation)).orElseThrow(LinkNotUsable::new);
            PasswordPolicy.require(chosen, repeat, List.of(account.getEmail(), account.getDisplayName()));
            account.replacePassword(passwords.hash(chosen));
            if (link.getPurpose() == InvitationPurpose.FORGOTTEN) {
                // Whoever knew the old password is logged out; two-step login stays as it was.
                account.endSessions(clock.instant());
            }
            link.use(clock.instant());
            return account.getEmail();
        }
        Optional<Account> existing = accounts.findByEmail(link.getEmail());
        Account account;
        if (existing.filter(Account::isActive).isPresent()) {
            account = existing.get();
        } else {
            PasswordPolicy.require(chosen, repeat, List.of(link.getEmail(), link.getDisplayName()));
            account = existing.orElseGet(() -> accounts.add(new Account(link.getEmail(), link.getDisplayName(),
                    passwords.hash(chosen))));
            account.replacePassword(passwords.hash(chosen));
            account.reactivate();
        }
        link.roles().forEach(role -> account.join(organisation, role));
        link.use(clock.instant());
        return account.getEmail();
    }

    private boolean choosesPassword(StaffInvitation link) {
        return link.getPurpose().choosesNewPassword()
                || accounts.findByEmail(link.getEmail()).filter(Account::isActive).isEmpty();
    }

    private Optional<StaffInvitation> usable(String token) {
        if (!ManageTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(ManageTokens.hash(token)).filter(i -> i.isUsable(clock.instant()));
    }
}
