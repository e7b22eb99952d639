package nl.tafelgenoot.domain.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Reference data: the 4-digit postcode areas from..to that lie in a municipality, so the booking
 * page can tell a member their municipality from their postcode. Global, like the municipalities;
 * an area on a border may lie in two, and then the member chooses.
 */
@Entity
@Table(name = "postcode_range")
@IdClass(PostcodeRange.Key.class)
public class PostcodeRange {

    @Id
    @Column(name = "from_area", length = 4)
    private String fromArea;

    @Id
    @Column(name = "municipality_code", length = 6)
    private String municipalityCode;

    @Column(name = "to_area", nullable = false, length = 4)
    private String toArea;

    protected PostcodeRange() {
    }

    public boolean holds(String area) {
        return fromArea.compareTo(area) <= 0 && area.compareTo(toArea) <= 0;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    /** The composite key: the first area of the range and the municipality. */
    public record Key(String fromArea, String municipalityCode) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
