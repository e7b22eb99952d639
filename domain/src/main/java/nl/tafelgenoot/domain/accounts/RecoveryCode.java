package nl.tafelgenoot.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One recovery code of an account: only its hash, and when it was used (it works once). */
@Embeddable
public class RecoveryCode {

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(String codeHash) {
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    boolean use(String hash, Instant now) {
        if (usedAt != null || !codeHash.equals(hash)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryCode code && code.codeHash.equals(codeHash);
    }

    @Override
    public int hashCode() {
        return codeHash.hashCode();
    }
}
