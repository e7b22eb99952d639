package nl.tafelgenoot.domain.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A Dutch municipality as reference data: the other side of the table, never a user. Global,
 * the same list for every organisation, and read-only for the application: the list changes by
 * migration when municipalities merge (the old rows get a {@code validUntil}, the new one a
 * {@code validFrom}), so a case of a merged municipality keeps the name it was made with.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    /** The CBS code, e.g. {@code GM0355}. */
    @Id
    @Column(length = 6)
    private String code;

    /** The official name, as CBS writes it (e.g. {@code 's-Gravenhage}). */
    @Column(nullable = false, length = 100)
    private String name;

    /** The name people use when it differs from the official one (e.g. {@code Den Haag}). */
    @Column(name = "known_as", length = 100)
    private String knownAs;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Municipality() {
    }

    public Municipality(String code, String name, String knownAs) {
        this.code = code;
        this.name = name;
        this.knownAs = knownAs;
    }

    /** Whether the municipality exists on that day (not merged away yet, not in the future). */
    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    /** The name shown in a list: the official name, with the everyday name beside it when there is one. */
    public String label() {
        return knownAs == null ? name : name + " (" + knownAs + ")";
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKnownAs() {
        return knownAs;
    }
}
