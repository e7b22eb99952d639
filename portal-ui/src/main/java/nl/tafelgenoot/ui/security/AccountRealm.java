package nl.tafelgenoot.ui.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates against the accounts table (the password matcher compares argon2id hashes) and
 * authorises per organisation: the roles and permissions are those the account holds in the
 * tenant of the current request. A platform operator gets role {@code operator} and
 * {@code platform:manage} only, whatever the tenant (they have none). Nothing is cached, so a role taken away counts at the next request.
 */
public class AccountRealm extends AuthorizingRealm {

    /** The Shiro role of platform operators, who hold {@code platform:manage} and nothing of any organisation. */
    public static final String OPERATOR_ROLE = "operator";

    public AccountRealm() {
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
        setCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String email = ((UsernamePasswordToken) token).getUsername();
        Account account = accounts().findActiveByEmail(email).orElse(null);
        if (account == null) {
            return null; // unknown identity: Shiro reports a failure like any other
        }
        var principal = new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName());
        return new SimpleAuthenticationInfo(principal, account.getPasswordHash(), getName());
    }

    /**
     * The password first (Shiro's matcher); then, for a person with two-factor login, the code.
     * Asking for the code only after the password is right tells nothing to who does not know it.
     */
    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        super.assertCredentialsMatch(token, info);
        AccountPrincipal principal = info.getPrincipals().oneByType(AccountPrincipal.class);
        AccountService accounts = accounts();
        boolean needsCode = accounts.twoFactorState(principal.accountId()).map(state -> state.on()).orElse(false);
        if (!needsCode) {
            return;
        }
        String code = token instanceof LoginToken login ? login.code() : null;
        if (code == null || code.isBlank()) {
            throw new SecondFactorRequired();
        }
        if (!accounts.checkSecondFactor(principal.accountId(), code)) {
            throw new SecondFactorWrong();
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        if (principal != null && accounts().isPlatformOperator(principal.accountId())) {
            // Outside every organisation, whatever tenant is bound: the platform's work only.
            info.addRole(OPERATOR_ROLE);
            info.addStringPermission(Permission.PLATFORM_MANAGE);
        }
        Optional<TenantId> tenant = currentTenant();
        if (principal == null || tenant.isEmpty()) {
            return info;
        }
        Set<Role> roles = accounts().find(principal.accountId())
                .filter(Account::isActive)
                .map(a -> a.rolesIn(tenant.get()))
                .orElse(Set.of());
        for (Role role : roles) {
            info.addRole(role.shiroName());
            info.addStringPermissions(role.permissions());
        }
        return info;
    }

    private static Optional<TenantId> currentTenant() {
        try {
            return CDI.current().select(TenantContext.class).get().current();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
