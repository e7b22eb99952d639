package nl.tafelgenoot.domain.preparation;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/** The client's own answer, rehearsed with the advisor, to one question the municipality will ask. */
@Entity
@Table(name = "preparation_answer")
public class RehearsedAnswer {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "preparation_id", nullable = false, updatable = false)
    private CasePreparation preparation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private InterviewQuestion question;

    @NotBlank(message = "{preparation.answer.required}")
    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "answer_text", nullable = false, length = MAX_LENGTH)
    private String answer;

    protected RehearsedAnswer() {
    }

    RehearsedAnswer(CasePreparation preparation, InterviewQuestion question, String answer) {
        this.preparation = Objects.requireNonNull(preparation);
        this.question = Objects.requireNonNull(question);
        setAnswer(answer);
    }

    public Long getId() {
        return id;
    }

    public CasePreparation getPreparation() {
        return preparation;
    }

    public InterviewQuestion getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = Texts.clean(answer);
    }
}
