package nl.tafelgenoot.domain.intake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.ExpertiseConverter;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.BirthDate;
import nl.tafelgenoot.domain.validation.DutchPhoneNumber;
import nl.tafelgenoot.domain.validation.DutchPostcode;
import nl.tafelgenoot.domain.validation.NoBsn;
import nl.tafelgenoot.domain.validation.Postcodes;

/**
 * A request for help in the coordinator's queue, from the moment it is taken in (a phone call,
 * later an online booking) until an advisor has accepted it or the coordinator closed it.
 * Holds what the caller said (name, contact, municipality, the question) apart from the client
 * record, which the coordinator finds or creates and links before offering the request. Guards
 * the assignment: at most two advisors at once, each answers once, a decline needs a reason and
 * a request nobody stands on any more returns to the queue. Its offers are the history.
 */
@Entity
@Table(name = "intake_request")
public class IntakeRequest {

    /** One or two advisors on one request, as the coordinators asked. */
    public static final int MAX_ADVISORS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @NotNull(message = "{intake.channel.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IntakeChannel channel = IntakeChannel.PHONE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private IntakeOrigin origin = IntakeOrigin.NEW_REQUEST;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IntakeStatus status = IntakeStatus.WAITING;

    @NotNull(message = "{intake.topic.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IntakeTopic topic;

    @NotNull(message = "{case.law.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Law law = Law.WMO;

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

    @DutchPhoneNumber
    @Size(max = 30, message = "{tafelgenoot.size.max}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{tafelgenoot.email.invalid}")
    @Size(max = 254, message = "{tafelgenoot.size.max}")
    @Column(length = 254)
    private String email;

    @DutchPostcode
    @Column(length = 7)
    private String postcode;

    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(length = 200)
    private String address;

    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(length = 100)
    private String city;

    @NotBlank(message = "{case.municipality.required}")
    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 100)
    private String municipality;

    @NotBlank(message = "{intake.question.required}")
    @NoBsn
    @Size(max = 4000, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 4000)
    private String question;

    @Convert(converter = ExpertiseConverter.class)
    @Column(nullable = false, length = 400)
    private Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);

    @Pattern(regexp = "([a-zA-Z]{2})?", message = "{intake.language.invalid}")
    @Column(length = 8)
    private String language;

    @Column(nullable = false)
    private boolean urgent;

    /** The day the client made the melding at the municipality, when they did already. */
    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Column(name = "entered_by", updatable = false)
    private Long enteredBy;

    @Column(name = "closed_reason", length = 500)
    private String closedReason;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("offeredAt")
    private List<AssignmentOffer> offers = new ArrayList<>();

    @Version
    private long version;

    public IntakeRequest() {
    }

    /** A case handed back to the queue (its advisor left): the request carries the case's client. */
    public static IntakeRequest handover(SupportCase supportCase, String reason, Instant now) {
        Client client = supportCase.getClient();
        IntakeRequest request = new IntakeRequest();
        request.origin = IntakeOrigin.HANDOVER;
        request.channel = IntakeChannel.PHONE;
        request.topic = IntakeTopic.OTHER;
        request.law = supportCase.getLaw();
        request.givenName = client.getGivenName();
        request.surnamePrefix = client.getSurnamePrefix();
        request.surname = client.getSurname();
        request.dateOfBirth = client.getDateOfBirth();
        request.phone = client.getPhone();
        request.email = client.getEmail();
        request.postcode = client.getPostcode();
        request.address = client.getAddress();
        request.city = client.getCity();
        request.municipality = supportCase.getMunicipality();
        request.question = Texts.clean(reason);
        request.urgent = supportCase.isUrgent();
        request.client = client;
        request.supportCase = supportCase;
        request.receivedAt = now;
        return request;
    }

    /** A client record of the request's person, to register when the organisation does not know them yet. */
    public Client newClient() {
        Client client = new Client(givenName, surnamePrefix, surname);
        client.setDateOfBirth(dateOfBirth);
        client.setPhone(phone);
        client.setEmail(email);
        client.setPostcode(postcode);
        client.setAddress(address);
        client.setCity(city);
        client.setMunicipality(municipality);
        client.setPreferredLanguage(language);
        return client;
    }

    /** Called once, when the request enters the queue. */
    public void receive(Long enteredBy, Instant now) {
        IntakeRefused.check(receivedAt == null, "alreadyReceived");
        this.enteredBy = enteredBy;
        this.receivedAt = now;
    }

    /** Links the client the request is about (found or just registered); only while it waits. */
    public void linkClient(Client client) {
        IntakeRefused.check(status.isInQueue(), "notInQueue");
        IntakeRefused.check(supportCase == null || supportCase.getClient().equals(client), "caseHasClient");
        IntakeRefused.check(offers.stream().noneMatch(AssignmentOffer::isPending), "offeredAlready");
        this.client = client;
    }

    /**
     * Offers the request to an advisor. Needs a linked client; at most {@link #MAX_ADVISORS}
     * advisors stand on a request (pending or accepted), each once.
     */
    public AssignmentOffer offer(long accountId, long offeredBy, Instant now) {
        IntakeRefused.check(status.isInQueue() || status == IntakeStatus.ASSIGNED && standing().count() < MAX_ADVISORS,
                "notInQueue");
        IntakeRefused.check(client != null, "noClient");
        IntakeRefused.check(standing().noneMatch(o -> o.getAccountId() == accountId), "alreadyOffered");
        IntakeRefused.check(standing().count() < MAX_ADVISORS, "tooManyAdvisors");
        AssignmentOffer offer = new AssignmentOffer(this, accountId, offeredBy, now);
        offers.add(offer);
        if (status == IntakeStatus.WAITING) {
            status = IntakeStatus.OFFERED;
        }
        return offer;
    }

    /** The advisor takes the request on; from then on it is (or joins) a case. */
    public void accept(long accountId, Instant now) {
        pendingFor(accountId).answer(OfferAnswer.ACCEPTED, null, now);
        status = IntakeStatus.ASSIGNED;
        closedReason = null;
    }

    /** The advisor cannot take it, and says why; with nobody else on it, it goes back to the queue. */
    public void decline(long accountId, String reason, Instant now) {
        String why = Texts.clean(reason);
        if (why == null) {
            throw new IntakeRefused("reasonRequired", "reason");
        }
        if (why.length() > 500) {
            throw new IntakeRefused("reasonTooLong", "reason");
        }
        pendingFor(accountId).answer(OfferAnswer.DECLINED, why, now);
        backToQueueWhenNobodyStands();
    }

    /** The coordinator takes an unanswered offer back, to ask someone else. */
    public void withdraw(long accountId, Instant now) {
        pendingFor(accountId).answer(OfferAnswer.WITHDRAWN, null, now);
        backToQueueWhenNobodyStands();
    }

    /** Closes a request without a case (help no longer wanted, not for us), with the reason. */
    public void close(String reason, Instant now) {
        IntakeRefused.check(status.isInQueue(), "notInQueue");
        String why = Texts.clean(reason);
        if (why == null) {
            throw new IntakeRefused("reasonRequired", "closeReason");
        }
        offers.stream().filter(AssignmentOffer::isPending).forEach(o -> o.answer(OfferAnswer.WITHDRAWN, null, now));
        closedReason = why.length() > 500 ? why.substring(0, 500) : why;
        status = IntakeStatus.CLOSED;
    }

    /** Records the case the accepted request became. */
    public void becameCase(SupportCase opened) {
        IntakeRefused.check(supportCase == null || supportCase.equals(opened), "caseHasClient");
        this.supportCase = opened;
    }

    private void backToQueueWhenNobodyStands() {
        if (standing().findAny().isEmpty()) {
            status = IntakeStatus.WAITING;
        }
    }

    private AssignmentOffer pendingFor(long accountId) {
        return offers.stream().filter(o -> o.isPending() && o.getAccountId() == accountId).findFirst()
                .orElseThrow(() -> new IntakeRefused("noOffer"));
    }

    private Stream<AssignmentOffer> standing() {
        return offers.stream().filter(AssignmentOffer::isStanding);
    }

    /** Whether this advisor has an offer of the request they have not answered yet. */
    public boolean isOfferedTo(long accountId) {
        return offers.stream().anyMatch(o -> o.isPending() && o.getAccountId() == accountId);
    }

    /** Whole days since the request came in, counted in Dutch days. */
    public long ageInDays(LocalDate today) {
        return ChronoUnit.DAYS.between(receivedAt.atZone(Clocks.AMSTERDAM).toLocalDate(), today);
    }

    /** The last reason an advisor gave for declining, for the queue: why it is back. */
    public Optional<String> lastDeclineReason() {
        return offers.stream().filter(o -> o.getAnswer() == OfferAnswer.DECLINED)
                .reduce((first, second) -> second).map(AssignmentOffer::getReason);
    }

    public String getFullName() {
        return Client.fullName(givenName, surnamePrefix, surname);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public IntakeChannel getChannel() {
        return channel;
    }

    public void setChannel(IntakeChannel channel) {
        this.channel = channel;
    }

    public IntakeOrigin getOrigin() {
        return origin;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public IntakeTopic getTopic() {
        return topic;
    }

    public void setTopic(IntakeTopic topic) {
        this.topic = topic;
    }

    public Law getLaw() {
        return law;
    }

    public void setLaw(Law law) {
        this.law = law;
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

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = Postcodes.normalise(Texts.clean(postcode));
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Texts.clean(address);
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

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = Texts.clean(question);
    }

    public Set<Expertise> getExpertise() {
        return expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
    }

    public void setExpertise(Set<Expertise> expertise) {
        this.expertise = expertise == null || expertise.isEmpty()
                ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        String cleaned = Texts.clean(language);
        this.language = cleaned == null ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public Client getClient() {
        return client;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public Long getEnteredBy() {
        return enteredBy;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public List<AssignmentOffer> getOffers() {
        return List.copyOf(offers);
    }

    public long getVersion() {
        return version;
    }
}
