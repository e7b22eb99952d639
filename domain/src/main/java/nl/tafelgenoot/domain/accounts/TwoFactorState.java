package nl.tafelgenoot.domain.accounts;

/**
 * Whether a person's login needs a code from their app, how many recovery codes they have left,
 * and whether they must keep it on (admins).
 */
public record TwoFactorState(boolean on, long recoveryCodesLeft, boolean required) {
}
