package nl.tafelgenoot.domain.interviews;

/**
 * Where the kitchen-table interview takes place. By phone and in writing are allowed, but the
 * client keeps the right to a personal conversation; {@link #isInPerson()} tells the screen when
 * to say so.
 */
public enum InterviewPlace {
    AT_HOME,
    COMMUNITY_CENTRE,
    TOWN_HALL,
    BY_PHONE,
    IN_WRITING;

    public boolean isInPerson() {
        return this != BY_PHONE && this != IN_WRITING;
    }
}
