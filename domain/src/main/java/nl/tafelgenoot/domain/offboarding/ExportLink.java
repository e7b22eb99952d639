package nl.tafelgenoot.domain.offboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One recipient's link to the organisation's export: the address it went to, the secret's SHA-256
 * (the database alone opens nothing), and how often and when it was last used, so the operator can
 * see whether the organisation fetched its data before the deletion.
 */
@Embeddable
public class ExportLink {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private int downloads;

    @Column(name = "last_download_at")
    private Instant lastDownloadAt;

    protected ExportLink() {
    }

    ExportLink(String email, String tokenHash) {
        this.email = Objects.requireNonNull(email);
        this.tokenHash = Objects.requireNonNull(tokenHash);
    }

    boolean opens(String hash) {
        return tokenHash.equals(hash);
    }

    void downloaded(Instant now) {
        downloads++;
        lastDownloadAt = now;
    }

    public String getEmail() {
        return email;
    }

    public int getDownloads() {
        return downloads;
    }

    public Instant getLastDownloadAt() {
        return lastDownloadAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportLink link && link.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }
}
