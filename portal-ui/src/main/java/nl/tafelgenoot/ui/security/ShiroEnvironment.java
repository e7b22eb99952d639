package nl.tafelgenoot.ui.security;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro's set-up in code rather than an ini file: one realm on the accounts table, argon2id
 * password hashes through {@link DefaultPasswordService}, the servlet container's session (which
 * Vaadin shares), no remember-me. Named in web.xml as {@code shiroEnvironmentClass}.
 * No URL rules: Vaadin navigation happens inside its own requests, so views and services check access.
 */
public class ShiroEnvironment extends DefaultWebEnvironment implements Initializable {

    public static final DefaultPasswordService PASSWORDS = new DefaultPasswordService();

    @Override
    public void init() {
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(PASSWORDS);
        AccountRealm realm = new AccountRealm();
        realm.setCredentialsMatcher(matcher);

        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(realm);
        securityManager.setRememberMeManager(null);
        setWebSecurityManager(securityManager);
    }
}
