package nl.tafelgenoot.ui.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;

/**
 * Logging in and out, and choosing the organisation to work in. Guards against guessing: after
 * five failures an identity is refused for fifteen minutes, and every refusal reads the same
 * whether or not the account exists. The session id changes on login (no session fixation).
 */
@ApplicationScoped
public class SignIn {

    /** What a login attempt led to. */
    public enum Outcome {
        /** Logged in and working in their only organisation. */
        WORKING,
        /** Logged in as a platform operator: to the organisations' list, with no organisation. */
        PLATFORM,
        /** Logged in; works for several organisations and must choose one. */
        CHOOSE_ORGANISATION,
        /** Wrong e-mail address or password (or no organisation to work for). */
        REFUSED,
        /** Too many failures for this identity; try again later. */
        LOCKED,
        /** The password is right; now the code of their authenticator app, please. */
        CODE_NEEDED,
        /** The password is right, the code is not. */
        CODE_WRONG
    }

    /** Session attribute: when this session logged in, so an access reset after it ends it. */
    static final String LOGGED_IN_AT = "tafelgenoot.loggedInAt";

    @Inject
    AccountService accounts;

    @Inject
    java.time.Clock clock;

    @Inject
    OrganisationService organisations;

    @Inject
    TenantContext tenantContext;

    @Inject
    ActiveSessions sessions;

    public Outcome logIn(String email, String password) {
        return logIn(email, password, null);
    }

    /** With the code of the authenticator app (or a recovery code) for people who use two-factor login. */
    public Outcome logIn(String email, String password, String code) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return Outcome.REFUSED;
        }
        if (accounts.isLockedOut(email)) {
            return Outcome.LOCKED;
        }
        if (!mayWorkSomewhere(email)) {
            // Refused before the login, as a wrong password reads: logging out after it would end the
            // session this very request answers in. No failure counted: the organisation may come back.
            return Outcome.REFUSED;
        }
        Subject subject = SecurityUtils.getSubject();
        if (subject.isAuthenticated()) {
            subject.logout();
        }
        try {
            subject.login(new LoginToken(email.strip(), password, code));
        } catch (SecondFactorRequired e) {
            return Outcome.CODE_NEEDED;
        } catch (SecondFactorWrong e) {
            return accounts.registerFailedLogin(email) ? Outcome.LOCKED : Outcome.CODE_WRONG;
        } catch (AuthenticationException e) {
            return accounts.registerFailedLogin(email) ? Outcome.LOCKED : Outcome.REFUSED;
        }
        // A new session id for the logged-in session: an id known before login is worthless after it.
        // Same session object, so Vaadin's and Shiro's state stay where they are.
        VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
        IdleSessions.loggedIn(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
        accounts.registerSuccessfulLogin(email);
        sessions.loggedIn(ShiroCurrentUser.principal().accountId(), VaadinServletRequest.getCurrent().getHttpServletRequest(),
                browserName());
        subject.getSession().setAttribute(LOGGED_IN_AT, clock.instant());
        long accountId = ShiroCurrentUser.principal().accountId();
        if (accounts.isPlatformOperator(accountId)) {
            tenantContext.clear();
            return Outcome.PLATFORM;
        }
        List<Organisation> workplaces = organisations.workplacesOf(accountId);
        if (workplaces.isEmpty()) {
            subject.logout();
            return Outcome.REFUSED;
        }
        if (workplaces.size() == 1) {
            workIn(workplaces.get(0).tenantId());
            return Outcome.WORKING;
        }
        return Outcome.CHOOSE_ORGANISATION;
    }

    /** Whether the (active) account is a platform operator or works for an active organisation. */
    private boolean mayWorkSomewhere(String email) {
        return accounts.findActiveByEmail(email)
                .map(a -> a.isPlatformOperator() || !organisations.workplacesOf(a.getId()).isEmpty())
                .orElse(true); // unknown: the password check refuses it as any other
    }

    /** "Chrome op Linux", from what Vaadin read of the browser. */
    private static String browserName() {
        WebBrowser browser = VaadinSession.getCurrent().getBrowser();
        String name = browser.isEdge() ? "Edge" : browser.isChrome() ? "Chrome" : browser.isFirefox() ? "Firefox"
                : browser.isSafari() ? "Safari" : browser.isOpera() ? "Opera" : "?";
        String system = browser.isWindows() ? "Windows" : browser.isMacOSX() ? "macOS" : browser.isAndroid() ? "Android"
                : browser.isIPhone() ? "iPhone" : browser.isLinux() ? "Linux" : "?";
        return name + " / " + system;
    }

    /** The organisations the logged-in person may choose from. */
    public List<Organisation> workplaces() {
        AccountPrincipal principal = ShiroCurrentUser.principal();
        return principal == null ? List.of() : organisations.workplacesOf(principal.accountId());
    }

    /** Switches to the organisation if the logged-in person works for it; returns whether it did. */
    public boolean choose(TenantId tenant) {
        AccountPrincipal principal = ShiroCurrentUser.principal();
        if (principal == null || organisations.workplace(principal.accountId(), tenant).isEmpty()) {
            return false;
        }
        workIn(tenant);
        return true;
    }

    /** For the rest of the session, and already for the rest of this request. */
    private void workIn(TenantId tenant) {
        SessionTenant.set(tenant);
        tenantContext.bind(tenant);
    }

    public void logOut() {
        tenantContext.clear();
        SecurityUtils.getSubject().logout();
    }
}
