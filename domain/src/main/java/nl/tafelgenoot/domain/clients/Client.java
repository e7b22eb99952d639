package nl.tafelgenoot.domain.clients;

import nl.tafelgenoot.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.validation.PhoneNumbers;
import nl.tafelgenoot.domain.validation.BirthDate;
import nl.tafelgenoot.domain.validation.DutchPhoneNumber;
import nl.tafelgenoot.domain.validation.DutchPostcode;
import nl.tafelgenoot.domain.validation.NoBsn;
import nl.tafelgenoot.domain.validation.Postcodes;

/**
 * A citizen the organisation supports (cliënt). Tenant-owned: its organisation is not a field
 * but the {@code tenant_id} discriminator that the persistence layer fills in and filters on.
 * Shown to staff by its per-organisation {@link #getNumber() number}; linked to by its random
 * {@link #getPublicId() public id}, never by the database id.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @Column(nullable = false, updatable = false)
    private int number;

    /** The account that registered the client; an advisor keeps seeing the clients they registered. */
    @Column(name = "registered_by", updatable = false)
    private Long registeredBy;

    @NotBlank(message = "{client.givenName.required}")
    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Size(max = 30, message = "{tafelgenoot.size.max}")
    @Column(name = "surname_prefix", length = 30)
    private String surnamePrefix;

    @NotBlank(message = "{client.surname.required}")
    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 100)
    private String surname;

    @BirthDate
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(length = 200)
    private String address;

    @DutchPostcode
    @Column(length = 7)
    private String postcode;

    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(length = 100)
    private String city;

    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(length = 100)
    private String municipality;

    @DutchPhoneNumber
    @Size(max = 30, message = "{tafelgenoot.size.max}")
    @Column(length = 30)
    private String phone;

    /** The phone number in one form ({@link PhoneNumbers#key}), to find duplicates; kept by {@link #setPhone}. */
    @Column(name = "phone_key", length = 15)
    private String phoneKey;

    @Email(message = "{tafelgenoot.email.invalid}")
    @Size(max = 254, message = "{tafelgenoot.size.max}")
    @Column(length = 254)
    private String email;

    @Size(max = 50, message = "{tafelgenoot.size.max}")
    @Column(name = "preferred_language", length = 50)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_preference", length = 20)
    private ContactPreference contactPreference;

    @NoBsn
    @Size(max = 4000, message = "{tafelgenoot.size.max}")
    @Column(length = 4000)
    private String notes;

    /**
     * Health and care needs (special-category data). Only changed through
     * {@link #recordCareNeeds(String, boolean)}, which needs the client's active consent.
     */
    @NoBsn
    @Size(max = 4000, message = "{tafelgenoot.size.max}")
    @Column(name = "care_needs", length = 4000)
    private String careNeeds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the client's personal data were erased (privacy request or retention); null before. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    public Client() {
    }

    public Client(String givenName, String surnamePrefix, String surname) {
        setGivenName(givenName);
        setSurnamePrefix(surnamePrefix);
        setSurname(surname);
    }

    /** Called once, when the organisation registers the client. */
    public void register(int number, Long registeredBy, Instant now) {
        if (this.number != 0) {
            throw new IllegalStateException("client already registered");
        }
        this.number = number;
        this.registeredBy = registeredBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** The name an erased client keeps: no one's, so cases and counts can still point at the row. */
    public static final String ERASED_GIVEN_NAME = "Cliënt";
    public static final String ERASED_SURNAME = "verwijderd";

    /**
     * Clears every personal field for good (see {@code ErasurePolicy}); the number and the dates of
     * registration stay, the row stays so that anonymous cases still count.
     */
    public void erase(Instant now) {
        givenName = ERASED_GIVEN_NAME;
        surnamePrefix = null;
        surname = ERASED_SURNAME;
        dateOfBirth = null;
        address = null;
        postcode = null;
        city = null;
        municipality = null;
        phone = null;
        phoneKey = null;
        email = null;
        preferredLanguage = null;
        contactPreference = null;
        notes = null;
        careNeeds = null;
        updatedAt = now;
        erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Full name as Dutch people write it: given name, prefix, surname ("Jan van der Berg"). */
    public String getFullName() {
        return fullName(givenName, surnamePrefix, surname);
    }

    /** A name as Dutch people write it, for anyone named in three parts (a client, a caller). */
    public static String fullName(String givenName, String surnamePrefix, String surname) {
        return Stream.of(givenName, surnamePrefix, surname)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }


    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public int getNumber() {
        return number;
    }

    public Long getRegisteredBy() {
        return registeredBy;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = Texts.clean(givenName);
    }

    public String getSurnamePrefix() {
        return surnamePrefix;
    }

    public void setSurnamePrefix(String surnamePrefix) {
        this.surnamePrefix = Texts.clean(surnamePrefix);
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = Texts.clean(surname);
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Texts.clean(address);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = Texts.clean(Postcodes.normalise(postcode));
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Texts.clean(city);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = Texts.clean(municipality);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phoneKey = PhoneNumbers.key(phone);
        this.phone = Texts.clean(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.clean(email);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = Texts.clean(preferredLanguage);
    }

    public ContactPreference getContactPreference() {
        return contactPreference;
    }

    public void setContactPreference(ContactPreference contactPreference) {
        this.contactPreference = contactPreference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Texts.clean(notes);
    }

    public String getCareNeeds() {
        return careNeeds;
    }

    /**
     * Records the client's health and care needs. Refused without the client's active consent
     * for health and care needs. After consent is withdrawn the text already stored stays (it
     * was recorded lawfully; erasure is a separate request) but can no longer be changed, not
     * even emptied, until consent is recorded again.
     *
     * @throws IllegalStateException when there is no active consent
     */
    public void recordCareNeeds(String text, boolean healthConsentActive) {
        if (!healthConsentActive) {
            throw new IllegalStateException("no active consent for health and care needs");
        }
        this.careNeeds = Texts.clean(text);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
