package nl.tafelgenoot.ui.security;

import org.apache.shiro.authc.AuthenticationException;

/** The password was right; this person's login also needs a code from their authenticator app. */
public class SecondFactorRequired extends AuthenticationException {
}
