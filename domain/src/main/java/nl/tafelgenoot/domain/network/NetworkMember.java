package nl.tafelgenoot.domain.network;

import nl.tafelgenoot.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.Objects;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.validation.DutchPhoneNumber;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * Someone in a client's network: an informal carer, family, a neighbour, the legal representative.
 * The carer's own needs (energy, worries, respite, own conversation) are the carer's personal data
 * and need the carer's own basis: they may only be filled while {@link #getCarerConsentOn() the
 * date of the carer's own consent} is recorded ({@link #hasBasisForOwnNeeds()}).
 */
@Entity
@Table(name = "network_member")
public class NetworkMember {

    /** Who may act for the client first (Wmo 2015 art. 1.1.1), then by name. */
    public static final Comparator<NetworkMember> BY_WHO_MAY_ACT = Comparator
            .comparingInt((NetworkMember m) -> m.getRelation() == null ? Integer.MAX_VALUE : m.getRelation().actingRank())
            .thenComparing(m -> m.getRelation() == null ? "" : m.getRelation().name())
            .thenComparing(m -> m.getName() == null ? "" : m.getName(), String.CASE_INSENSITIVE_ORDER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @NotBlank(message = "{network.name.required}")
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{network.relation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relation relation;

    @Column(name = "informal_carer", nullable = false)
    private boolean informalCarer;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(name = "current_help", length = 2000)
    private String currentHelp;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "help_frequency", length = 200)
    private String helpFrequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "can_continue", length = 10)
    private Continuity canContinue;

    @DutchPhoneNumber
    @Size(max = 30, message = "{tafelgenoot.size.max}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{tafelgenoot.email.invalid}")
    @Size(max = 254, message = "{tafelgenoot.size.max}")
    @Column(length = 254)
    private String email;

    @PastOrPresent(message = "{network.carerConsentOn.future}")
    @Column(name = "carer_consent_on")
    private LocalDate carerConsentOn;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(name = "carer_energy", length = 2000)
    private String carerEnergy;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(name = "carer_worries", length = 2000)
    private String carerWorries;

    @Column(name = "wants_respite")
    private Boolean wantsRespiteCare;

    @Column(name = "wants_own_conversation")
    private Boolean wantsOwnConversation;

    @Version
    private long version;

    /** A draft for a form; the service gives it its client. */
    public NetworkMember() {
    }

    public NetworkMember(Client client) {
        this.client = Objects.requireNonNull(client);
    }

    /** Whether the carer's own needs may be recorded: the carer's own consent is dated. */
    public boolean hasBasisForOwnNeeds() {
        return carerConsentOn != null;
    }

    /** Whether any of the carer's own needs is filled in. */
    public boolean hasOwnNeeds() {
        return carerEnergy != null || carerWorries != null || wantsRespiteCare != null || wantsOwnConversation != null;
    }

    /** Own needs are only stored with the carer's own basis. */
    public boolean ownNeedsAreLawful() {
        return !hasOwnNeeds() || hasBasisForOwnNeeds();
    }

    /** Takes over everything a person can edit from a draft (not the client, id or version). */
    public void copyFrom(NetworkMember draft) {
        setName(draft.name);
        setRelation(draft.relation);
        setInformalCarer(draft.informalCarer);
        setCurrentHelp(draft.currentHelp);
        setHelpFrequency(draft.helpFrequency);
        setCanContinue(draft.canContinue);
        setPhone(draft.phone);
        setEmail(draft.email);
        setCarerConsentOn(draft.carerConsentOn);
        setCarerEnergy(draft.carerEnergy);
        setCarerWorries(draft.carerWorries);
        setWantsRespiteCare(draft.wantsRespiteCare);
        setWantsOwnConversation(draft.wantsOwnConversation);
    }


    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Client getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.clean(name);
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public boolean isInformalCarer() {
        return informalCarer;
    }

    public void setInformalCarer(boolean informalCarer) {
        this.informalCarer = informalCarer;
    }

    public String getCurrentHelp() {
        return currentHelp;
    }

    public void setCurrentHelp(String currentHelp) {
        this.currentHelp = Texts.clean(currentHelp);
    }

    public String getHelpFrequency() {
        return helpFrequency;
    }

    public void setHelpFrequency(String helpFrequency) {
        this.helpFrequency = Texts.clean(helpFrequency);
    }

    public Continuity getCanContinue() {
        return canContinue;
    }

    public void setCanContinue(Continuity canContinue) {
        this.canContinue = canContinue;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.clean(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.clean(email);
    }

    public LocalDate getCarerConsentOn() {
        return carerConsentOn;
    }

    public void setCarerConsentOn(LocalDate carerConsentOn) {
        this.carerConsentOn = carerConsentOn;
    }

    public String getCarerEnergy() {
        return carerEnergy;
    }

    public void setCarerEnergy(String carerEnergy) {
        this.carerEnergy = Texts.clean(carerEnergy);
    }

    public String getCarerWorries() {
        return carerWorries;
    }

    public void setCarerWorries(String carerWorries) {
        this.carerWorries = Texts.clean(carerWorries);
    }

    public Boolean getWantsRespiteCare() {
        return wantsRespiteCare;
    }

    public void setWantsRespiteCare(Boolean wantsRespiteCare) {
        this.wantsRespiteCare = wantsRespiteCare;
    }

    public Boolean getWantsOwnConversation() {
        return wantsOwnConversation;
    }

    public void setWantsOwnConversation(Boolean wantsOwnConversation) {
        this.wantsOwnConversation = wantsOwnConversation;
    }

    public long getVersion() {
        return version;
    }
}
