package nl.tafelgenoot.domain.advisors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period an advisor is away (holiday, illness, a break), from and to a date, both included.
 * A tenant-owned child row of the profile: matching does not propose someone who is away soon.
 */
@Entity
@Table(name = "advisor_absence")
public class AdvisorAbsence {

    static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id", nullable = false, updatable = false)
    private AdvisorProfile profile;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = REASON_MAX)
    private String reason;

    protected AdvisorAbsence() {
    }

    AdvisorAbsence(AdvisorProfile profile, LocalDate startsOn, LocalDate endsOn, String reason) {
        this.profile = Objects.requireNonNull(profile);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        this.reason = reason;
    }

    /** Whether the absence covers any day from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    public Long getId() {
        return id;
    }

    public AdvisorProfile getProfile() {
        return profile;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
