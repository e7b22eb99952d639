package nl.tafelgenoot.domain.accounts;

/** Whether a person's login needs a code from their app, and how many recovery codes they have left. */
public record TwoFactorState(boolean on, long recoveryCodesLeft) {
}
