package nl.tafelgenoot.ui.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.security.AccountPrincipal;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.WebUtils;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that run inside Payara Micro against the demo organisations: acts as a demo
 * person, logged in with Shiro and working in an organisation, exactly as a request would.
 */
public abstract class InContainerTest {

    protected static final String LINDE_ADMIN = "beheerder@delinde.example";
    protected static final String LINDE_COORDINATOR = "coordinator@delinde.example";
    protected static final String SAMEN_COORDINATOR = "coordinator@samenverder.example";
    protected static final String SAMEN_ADMIN = "beheerder@samenverder.example";
    private static final Pattern LINK = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]{43})");

    @Inject
    protected AccountService accounts;

    @Inject
    protected OrganisationRepository organisations;

    @Inject
    protected AdvisorProfileService advisorProfiles;

    @Inject
    protected TenantContext tenantContext;

    @Inject
    ServletContext servletContext;

    protected TenantId linde;
    protected TenantId samen;

    @BeforeEach
    void demoOrganisations() {
        linde = organisations.findBySlug("de-linde-zeist").orElseThrow().tenantId();
        samen = organisations.findBySlug("samen-verder").orElseThrow().tenantId();
    }

    /**
     * Gives an advisor of De Linde an active profile serving Zeist with room for 50 cases and a
     * VOG of that date, so a test does not depend on what other tests did to the shared demo data.
     */
    protected void lindeAdvisorProfile(String email, LocalDate vogDate) {
        long accountId = accounts.findActiveByEmail(email).orElseThrow().getId();
        as(LINDE_COORDINATOR, linde, () -> advisorProfiles.update(accountId, new ProfileInput(AdvisorStatus.ACTIVE,
                Set.of("Zeist"), Set.of(), Set.of(), Set.of("nl"), 50, List.of(), List.of(), vogDate)));
    }

    /** Runs work as the demo person, logged in and working in the organisation (none when null). */
    protected <T> T as(String email, TenantId tenant, Callable<T> work) {
        var account = accounts.findActiveByEmail(email).orElseThrow();
        SecurityManager securityManager = WebUtils.getRequiredWebEnvironment(servletContext).getSecurityManager();
        Subject subject = new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(
                        new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName()), "test"))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        if (tenant != null) {
            tenantContext.bind(tenant);
        }
        try {
            return subject.execute(work);
        } catch (ExecutionException wrapped) {
            throw wrapped.getCause() instanceof RuntimeException cause ? cause : wrapped;
        } finally {
            tenantContext.clear();
        }
    }

    /** An address nobody else uses: {@code what-<uuid>@example.org}. */
    protected static String freshEmail(String what) {
        return what + "-" + UUID.randomUUID() + "@example.org";
    }

    /**
     * A new person with a password hash nobody knows, committed at once; working for the
     * organisation in the role, or for none when {@code tenant} is null. Returns the account id.
     */
    protected long newPerson(String email, String name, TenantId tenant, Role role) {
        AccountRepository repository = CDI.current().select(AccountRepository.class).get();
        return CDI.current().select(DemoTransactions.class).get().inNewTransaction(() -> {
            Account account = repository.add(new Account(email, name, "-"));
            if (tenant != null) {
                account.join(tenant, role);
            }
            return account.getId();
        });
    }

    /** The mails to the address in the organisation's outbox, as its admin lists them, newest first. */
    protected List<OutboxMail> mailsTo(String admin, TenantId tenant, String email) {
        Outbox outbox = CDI.current().select(Outbox.class).get();
        return as(admin, tenant, () -> outbox.list(null, new PageRequest(0, PageRequest.MAX_LIMIT))).stream()
                .filter(m -> m.getRecipientAddress().equals(email)).toList();
    }

    /** The secret of the invitation or password link in the mail as it was queued (not as the outbox shows it). */
    protected static String linkTokenIn(OutboxMail mail) {
        Matcher link = LINK.matcher(mail.getBody());
        if (!link.find()) {
            throw new AssertionError("no link in the mail: " + mail.getBody());
        }
        return link.group(1);
    }
}
