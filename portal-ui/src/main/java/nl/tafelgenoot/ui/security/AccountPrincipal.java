package nl.tafelgenoot.ui.security;

import java.io.Serializable;

/** Who logged in, as Shiro keeps it in the session: the account id and what to show of it. */
public record AccountPrincipal(long accountId, String email, String displayName) implements Serializable {
}
