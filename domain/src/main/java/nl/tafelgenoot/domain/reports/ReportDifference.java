package nl.tafelgenoot.domain.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * One point where the municipality's report differs from what was said or agreed at the table:
 * what the report says, and (if the advisor writes it down) what was actually said or agreed.
 * Part of a {@link ReportCheck}; kept in the order the advisor listed them.
 */
@Entity
@Table(name = "report_difference")
public class ReportDifference {

    public static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_id", nullable = false, updatable = false)
    private ReportCheck check;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotBlank(message = "{report.difference.required}")
    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "report_says", nullable = false, length = MAX_LENGTH)
    private String reportSays;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "said_or_agreed", length = MAX_LENGTH)
    private String saidOrAgreed;

    protected ReportDifference() {
    }

    ReportDifference(ReportCheck check, int sortOrder, String reportSays, String saidOrAgreed) {
        this.check = Objects.requireNonNull(check);
        this.sortOrder = sortOrder;
        this.reportSays = Texts.clean(reportSays);
        this.saidOrAgreed = Texts.clean(saidOrAgreed);
    }

    public Long getId() {
        return id;
    }

    public ReportCheck getCheck() {
        return check;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getReportSays() {
        return reportSays;
    }

    public String getSaidOrAgreed() {
        return saidOrAgreed;
    }
}
