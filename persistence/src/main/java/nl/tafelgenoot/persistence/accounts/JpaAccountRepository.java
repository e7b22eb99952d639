package nl.tafelgenoot.persistence.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.LoginThrottle;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.tenancy.TenantId;

/** Login identities and their throttles: global tables, no tenant needed. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaAccountRepository() {
    }

    /** For tests outside the container. */
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<Account> withRole(TenantId organisation, Role role) {
        return em.createQuery("select distinct a from Account a join a.memberships m"
                        + " where m.organisationId = :organisation and m.role = :role and a.active = true"
                        + " order by a.displayName", Account.class)
                .setParameter("organisation", organisation.value())
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public List<Account> members(TenantId organisation) {
        return em.createQuery("select distinct a from Account a join a.memberships m"
                        + " where m.organisationId = :organisation and a.active = true"
                        + " order by a.displayName", Account.class)
                .setParameter("organisation", organisation.value())
                .getResultList();
    }

    @Override
    public Optional<LoginThrottle> findThrottle(String identity) {
        return Optional.ofNullable(em.find(LoginThrottle.class, identity));
    }

    @Override
    public LoginThrottle addThrottle(LoginThrottle throttle) {
        em.persist(throttle);
        return throttle;
    }
}
