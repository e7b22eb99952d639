package nl.tafelgenoot.domain.interviews;

import nl.tafelgenoot.domain.shared.Texts;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * The planned kitchen-table interview of a case: when, where, and who will be at the table (the
 * client, an informal carer, the advisors, and the municipality's officer with name and team).
 * One plan per case; planning it again changes the plan. The date it was actually held is
 * recorded on the case, where it drives the deadlines.
 */
@Entity
@Table(name = "interview_plan")
public class InterviewPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @NotNull(message = "{interview.date.required}")
    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "planned_at")
    private LocalTime plannedAt;

    @NotNull(message = "{interview.place.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InterviewPlace place = InterviewPlace.AT_HOME;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(length = 200)
    private String location;

    @Column(name = "client_attends", nullable = false)
    private boolean clientAttends = true;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "carer_attending", length = 200)
    private String carerAttending;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "officer_name", length = 200)
    private String officerName;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "officer_team", length = 200)
    private String officerTeam;

    @Version
    private long version;

    protected InterviewPlan() {
    }

    public InterviewPlan(SupportCase supportCase) {
        this.supportCase = Objects.requireNonNull(supportCase);
    }

    /** Whether the screen must remind that the client has a right to a personal conversation. */
    public boolean remindsOfPersonalConversation() {
        return place != null && !place.isInPerson();
    }


    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalTime getPlannedAt() {
        return plannedAt;
    }

    public void setPlannedAt(LocalTime plannedAt) {
        this.plannedAt = plannedAt;
    }

    public InterviewPlace getPlace() {
        return place;
    }

    public void setPlace(InterviewPlace place) {
        this.place = place;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = Texts.clean(location);
    }

    public boolean isClientAttends() {
        return clientAttends;
    }

    public void setClientAttends(boolean clientAttends) {
        this.clientAttends = clientAttends;
    }

    public String getCarerAttending() {
        return carerAttending;
    }

    public void setCarerAttending(String carerAttending) {
        this.carerAttending = Texts.clean(carerAttending);
    }

    public String getOfficerName() {
        return officerName;
    }

    public void setOfficerName(String officerName) {
        this.officerName = Texts.clean(officerName);
    }

    public String getOfficerTeam() {
        return officerTeam;
    }

    public void setOfficerTeam(String officerTeam) {
        this.officerTeam = Texts.clean(officerTeam);
    }

    public long getVersion() {
        return version;
    }
}
