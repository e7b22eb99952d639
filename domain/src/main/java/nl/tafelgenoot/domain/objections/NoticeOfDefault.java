package nl.tafelgenoot.domain.objections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A written notice of default (ingebrekestelling, A7/A8): sent when the municipality let a
 * decision term pass. What follows counts from the day the municipality received it, so that is
 * the date that matters; the sending date is kept for the letter and the file.
 */
@Embeddable
public class NoticeOfDefault {

    @Column(name = "default_sent_on")
    private LocalDate sentOn;

    @Column(name = "default_received_on")
    private LocalDate receivedOn;

    protected NoticeOfDefault() {
    }

    public NoticeOfDefault(LocalDate sentOn, LocalDate receivedOn) {
        InvalidInput.check(InvalidInput.notBefore(receivedOn, sentOn), "defaultReceivedOn", "beforeSent");
        this.sentOn = sentOn;
        this.receivedOn = receivedOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }
}
