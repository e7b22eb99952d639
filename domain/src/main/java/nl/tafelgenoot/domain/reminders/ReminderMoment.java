package nl.tafelgenoot.domain.reminders;

/** When an e-mail reminder of a deadline goes out: a week before, two days before, and when it was missed. */
public enum ReminderMoment {
    SEVEN_DAYS_BEFORE,
    TWO_DAYS_BEFORE,
    MISSED
}
