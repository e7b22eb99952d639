package nl.tafelgenoot.domain.security;

/**
 * Who is acting, as far as the domain needs to know. The web tier implements it with Shiro; the
 * domain stays free of any security framework. Services call {@link #require(String)} so that a
 * view forgetting a check still cannot reach data.
 */
public interface CurrentUser {

    /** Database id of the acting account. */
    long accountId();

    boolean isPermitted(String permission);

    default void require(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
