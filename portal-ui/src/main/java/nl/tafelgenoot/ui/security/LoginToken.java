package nl.tafelgenoot.ui.security;

import org.apache.shiro.authc.UsernamePasswordToken;

/** E-mail and password, and the code of the authenticator app (or a recovery code) when asked for. */
public class LoginToken extends UsernamePasswordToken {

    private final String code;

    public LoginToken(String email, String password, String code) {
        super(email, password);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
