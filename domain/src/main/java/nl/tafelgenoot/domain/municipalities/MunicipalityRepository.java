package nl.tafelgenoot.domain.municipalities;

import java.util.List;

/** The reference list of municipalities. */
public interface MunicipalityRepository {

    /** Every municipality ever listed, current and merged away, by name. */
    List<Municipality> all();

    /** The postcode ranges of the reference list (a few hundred rows at most). */
    List<PostcodeRange> postcodeRanges();
}
