package nl.tafelgenoot.domain.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;

/**
 * The designated days of one year as the royal decree actually set them (Atw art. 3 lid 3), entered
 * by an operator when the decree differs from the usual pattern. Global: the law is the same for
 * every organisation. A stored decree replaces the pattern for its whole year, also when it lists
 * no day at all.
 */
@Entity
@Table(name = "designated_days_decree")
public class DesignatedDaysDecree {

    @Id
    @Column(name = "decree_year")
    private int year;

    @Convert(converter = LocalDatesConverter.class)
    @Column(name = "days", nullable = false, length = 400)
    private Set<LocalDate> days = new TreeSet<>();

    /** Where the operator found it, e.g. the Staatsblad number of the decree. */
    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected DesignatedDaysDecree() {
    }

    public DesignatedDaysDecree(DesignatedDays days, String source, String recordedBy, Instant recordedAt) {
        this.year = days.year().getValue();
        this.days = new TreeSet<>(days.dates());
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public DesignatedDays designatedDays() {
        return DesignatedDays.of(Year.of(year), days);
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
