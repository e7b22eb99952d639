package nl.tafelgenoot.domain.organisations;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organisation's letterhead (the name as printed, its postal address, a logo) and the
 * municipalities it serves. Kept apart from {@link Organisation}, which is read at every request,
 * so that the logo is loaded only for the settings screen and the PDFs. Global like the
 * organisation, one row per organisation, its id as key; only {@link LetterheadService} reaches
 * it, always for the organisation being worked in.
 */
@Entity
@Table(name = "organisation_letterhead")
public class OrganisationLetterhead {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "printed_name", length = 200)
    private String printedName;

    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_region", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "municipality", length = 100, nullable = false)
    private Set<String> regions = new TreeSet<>();

    @Version
    private long version;

    protected OrganisationLetterhead() {
    }

    public OrganisationLetterhead(long organisationId) {
        this.organisationId = organisationId;
    }

    /** Replaces everything; the values were checked by {@link LetterheadService}. */
    void change(String printedName, String postalAddress, byte[] logo, String logoType, List<String> regions) {
        this.printedName = printedName;
        this.postalAddress = postalAddress;
        this.logo = logo == null ? null : logo.clone();
        this.logoType = logo == null ? null : logoType;
        this.regions.clear();
        this.regions.addAll(regions);
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getPrintedName() {
        return printedName;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoType() {
        return logoType;
    }

    public Set<String> getRegions() {
        return new TreeSet<>(regions);
    }
}
