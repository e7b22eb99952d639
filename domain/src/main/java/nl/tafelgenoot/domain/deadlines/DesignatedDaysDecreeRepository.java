package nl.tafelgenoot.domain.deadlines;

import java.util.List;

/** The decrees of designated days an operator has entered. */
public interface DesignatedDaysDecreeRepository {

    List<DesignatedDaysDecree> all();

    /** Stores the decree for its year, replacing one stored before. */
    DesignatedDaysDecree save(DesignatedDaysDecree decree);
}
