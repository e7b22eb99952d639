package nl.tafelgenoot.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.shared.PublicIds;

/**
 * A meeting of a member with an advisor, booked on the public page. It belongs to the intake
 * request the booking became, which holds the member's name and contact. Guards what a calendar
 * needs to stay right: every move or cancellation raises the iCalendar SEQUENCE under the same
 * UID, a cancelled appointment stays cancelled, and the member's manage link (kept only as a
 * hash) stops working at the end of the day of the appointment.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private IntakeRequest request;

    @Column(name = "advisor_account_id", nullable = false)
    private long advisorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode", nullable = false, length = 20)
    private MeetingMode mode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "manage_token_hash", nullable = false, length = 64)
    private String manageTokenHash;

    @Column(name = "manage_until", nullable = false)
    private Instant manageUntil;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 20)
    private ChangedBy cancelledBy;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(IntakeRequest request, long advisorAccountId, MeetingMode mode, Instant startsAt,
                       Duration length, String manageTokenHash, Instant now) {
        this.request = Objects.requireNonNull(request);
        this.advisorAccountId = advisorAccountId;
        this.mode = Objects.requireNonNull(mode);
        this.manageTokenHash = Objects.requireNonNull(manageTokenHash);
        this.bookedAt = now;
        place(startsAt, length);
    }

    /** Moves the appointment (by the member or by staff); the calendar gets an update. */
    public void move(long advisorAccountId, Instant newStart, Duration length, Instant now) {
        BookingRefused.check(isBooked(), "cancelled");
        BookingRefused.check(newStart.isAfter(now), "past");
        this.advisorAccountId = advisorAccountId;
        place(newStart, length);
        this.sequence++;
        this.changedAt = now;
    }

    /** A new manage link (after a move by staff); the member's old link stops working. */
    public void replaceManageToken(String tokenHash) {
        this.manageTokenHash = Objects.requireNonNull(tokenHash);
    }

    public void cancel(ChangedBy by, Instant now) {
        BookingRefused.check(isBooked(), "cancelled");
        this.status = AppointmentStatus.CANCELLED;
        this.cancelledBy = Objects.requireNonNull(by);
        this.sequence++;
        this.changedAt = now;
    }

    /** Whether the member's link still opens this appointment. */
    public boolean isManageable(Instant now) {
        return now.isBefore(manageUntil);
    }

    /** Whether the member may still move or cancel it themselves (not once it has begun). */
    public boolean isChangeableByMember(Instant now) {
        return isBooked() && now.isBefore(startsAt);
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }

    /** The iCalendar UID: the same for every version of this appointment. */
    public String calendarUid() {
        return "afspraak-" + publicId + "@tafelgenoot.nl";
    }

    private void place(Instant start, Duration length) {
        this.startsAt = Objects.requireNonNull(start);
        this.endsAt = start.plus(length);
        LocalDate day = start.atZone(SlotSearch.ZONE).toLocalDate();
        this.manageUntil = day.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(SlotSearch.ZONE).toInstant();
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public IntakeRequest getRequest() {
        return request;
    }

    public long getAdvisorAccountId() {
        return advisorAccountId;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public ChangedBy getCancelledBy() {
        return cancelledBy;
    }

    public long getVersion() {
        return version;
    }

    /** The other appointments of the same advisor must keep clear of this one. */
    public Busy asBusy() {
        return new Busy(startsAt, endsAt, mode);
    }
}
