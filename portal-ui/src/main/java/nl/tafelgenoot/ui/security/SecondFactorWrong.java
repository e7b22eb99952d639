package nl.tafelgenoot.ui.security;

import org.apache.shiro.authc.IncorrectCredentialsException;

/** The password was right; the code was not (or was used before). Counts towards the lock-out. */
public class SecondFactorWrong extends IncorrectCredentialsException {
}
