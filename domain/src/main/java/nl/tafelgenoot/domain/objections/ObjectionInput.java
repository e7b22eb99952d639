package nl.tafelgenoot.domain.objections;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Every fact of an objection procedure the advisor records, in one form: the filing (received,
 * and posted when sent by post), the excuse when late (A3), the repair of a pro-forma objection
 * (A4), what changes the decision term (A5), the hearing (A6), a notice of default (A7/A8), the
 * decision on the objection and the appeal (A9). Any of them may be corrected later; every date
 * computed from them follows.
 *
 * @param version the version read, {@link #NEW} when there was no objection yet
 */
public record ObjectionInput(long version,
                             LocalDate receivedOn, LocalDate postedOn, LateExcuse lateExcuse, String lateExcuseText,
                             LocalDate repairRequestedOn, LocalDate repairDueOn, LocalDate groundsFiledOn,
                             boolean advisoryCommittee, boolean extended,
                             LocalDateTime hearingAt, String hearingPlace, String hearingAttendees,
                             String hearingDocuments, String hearingNote,
                             LocalDate defaultSentOn, LocalDate defaultReceivedOn,
                             ObjectionOutcome outcome, LocalDate decisionDispatchedOn,
                             LocalDate appealFiledOn) {

    public static final long NEW = -1;

    /** Nothing entered yet: the client is considering an objection. */
    public static ObjectionInput empty() {
        return new Builder().build();
    }

    /** Builds an input field by field, for tests and for code that fills only a few facts. */
    public static final class Builder {
        private long version = NEW;
        private LocalDate receivedOn;
        private LocalDate postedOn;
        private LateExcuse lateExcuse;
        private String lateExcuseText;
        private LocalDate repairRequestedOn;
        private LocalDate repairDueOn;
        private LocalDate groundsFiledOn;
        private boolean advisoryCommittee;
        private boolean extended;
        private LocalDateTime hearingAt;
        private LocalDate defaultSentOn;
        private LocalDate defaultReceivedOn;
        private ObjectionOutcome outcome;
        private LocalDate decisionDispatchedOn;
        private LocalDate appealFiledOn;

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder received(LocalDate on) {
            this.receivedOn = on;
            return this;
        }

        public Builder posted(LocalDate on) {
            this.postedOn = on;
            return this;
        }

        public Builder excuse(LateExcuse excuse, String text) {
            this.lateExcuse = excuse;
            this.lateExcuseText = text;
            return this;
        }

        public Builder repair(LocalDate requested, LocalDate due) {
            this.repairRequestedOn = requested;
            this.repairDueOn = due;
            return this;
        }

        public Builder grounds(LocalDate on) {
            this.groundsFiledOn = on;
            return this;
        }

        public Builder committee() {
            this.advisoryCommittee = true;
            return this;
        }

        public Builder extended() {
            this.extended = true;
            return this;
        }

        public Builder hearing(LocalDateTime at) {
            this.hearingAt = at;
            return this;
        }

        public Builder noticeOfDefault(LocalDate sent, LocalDate received) {
            this.defaultSentOn = sent;
            this.defaultReceivedOn = received;
            return this;
        }

        public Builder decided(ObjectionOutcome outcome, LocalDate dispatched) {
            this.outcome = outcome;
            this.decisionDispatchedOn = dispatched;
            return this;
        }

        public Builder appeal(LocalDate filed) {
            this.appealFiledOn = filed;
            return this;
        }

        public ObjectionInput build() {
            return new ObjectionInput(version, receivedOn, postedOn, lateExcuse, lateExcuseText, repairRequestedOn,
                    repairDueOn, groundsFiledOn, advisoryCommittee, extended, hearingAt, null, null, null, null,
                    defaultSentOn, defaultReceivedOn, outcome, decisionDispatchedOn, appealFiledOn);
        }
    }
}
