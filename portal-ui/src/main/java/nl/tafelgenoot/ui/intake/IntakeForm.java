package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.intake.IntakeChannel;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.municipalities.MunicipalityField;

/**
 * What the coordinator writes down during a phone call: who calls, how to reach them, where
 * they live, what the question is and what it needs. The domain's Bean Validation rules show
 * next to each field in the user's language; a refusal of the server keeps everything typed.
 */
class IntakeForm extends VerticalLayout {

    private final Binder<IntakeRequest> binder = new BeanValidationBinder<>(IntakeRequest.class);
    final Div problem = new Div();

    final Select<IntakeChannel> channel = new Select<>();
    final Select<IntakeTopic> topic = new Select<>();
    final Select<Law> law = new Select<>();
    final TextField givenName = text("givenName", "client.givenName");
    final TextField surnamePrefix = text("surnamePrefix", "client.surnamePrefix");
    final TextField surname = text("surname", "client.surname");
    final DatePicker dateOfBirth = DatePickers.create("dateOfBirth", getTranslation("client.dateOfBirth"));
    final TextField phone = text("phone", "client.phone");
    final TextField email = text("email", "client.email");
    final TextField address = text("address", "client.address");
    final TextField postcode = text("postcode", "client.postcode");
    final TextField city = text("city", "client.city");
    final MunicipalityField municipality;
    final TextArea question = new TextArea(getTranslation("intake.field.question"));
    final CheckboxGroup<Expertise> expertise = new CheckboxGroup<>(getTranslation("intake.field.expertise"));
    final TextField language = text("language", "intake.field.language");
    final Checkbox urgent = new Checkbox(getTranslation("intake.field.urgent"));
    final DatePicker notifiedOn = DatePickers.create("notifiedOn", getTranslation("intake.field.notifiedOn"));

    IntakeForm(List<Municipality> municipalities) {
        setPadding(false);
        municipality = new MunicipalityField("municipality", getTranslation("client.municipality"), municipalities);
        channel.setId("channel");
        channel.setLabel(getTranslation("intake.field.channel"));
        channel.setItems(IntakeChannel.PHONE, IntakeChannel.EMAIL, IntakeChannel.WALK_IN);
        channel.setItemLabelGenerator(c -> getTranslation("intake.channel." + c));
        topic.setId("topic");
        topic.setLabel(getTranslation("intake.field.topic"));
        topic.setItems(IntakeTopic.values());
        topic.setItemLabelGenerator(t -> t == null ? "" : getTranslation("intake.topic." + t));
        topic.setRequiredIndicatorVisible(true);
        law.setId("law");
        law.setLabel(getTranslation("case.law"));
        law.setItems(Law.values());
        law.setItemLabelGenerator(l -> getTranslation("law." + l));
        givenName.setRequiredIndicatorVisible(true);
        surname.setRequiredIndicatorVisible(true);
        dateOfBirth.setHelperText(getTranslation("client.dateOfBirth.helper"));
        dateOfBirth.setMax(LocalDate.now(Clocks.AMSTERDAM));
        question.setId("question");
        question.setHelperText(getTranslation("intake.field.question.helper"));
        question.setMaxLength(4000);
        question.setMinHeight("8em");
        question.setRequiredIndicatorVisible(true);
        expertise.setId("expertise");
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(e -> getTranslation("expertise." + e));
        language.setHelperText(getTranslation("intake.field.language.helper"));
        language.setMaxLength(2);
        urgent.setId("urgent");
        notifiedOn.setHelperText(getTranslation("intake.field.notifiedOn.helper"));
        notifiedOn.setMax(LocalDate.now(Clocks.AMSTERDAM));
        binder.bindInstanceFields(this);

        problem.setId("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        FormLayout fields = new FormLayout(channel, topic, givenName, surnamePrefix, surname, dateOfBirth, phone, email,
                address, postcode, city, municipality, question, expertise, law, language, notifiedOn, urgent);
        fields.setColspan(question, 2);
        fields.setColspan(expertise, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(problem, fields);
    }

    private TextField text(String property, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(property);
        field.setWidthFull();
        return field;
    }

    void edit(IntakeRequest request) {
        problem.setText("");
        binder.readBean(request);
    }

    /** Writes the fields into the request when they are valid; else shows why and focuses the first. */
    boolean writeInto(IntakeRequest request) {
        if (binder.writeBeanIfValid(request)) {
            problem.setText("");
            return true;
        }
        binder.validate().getFieldValidationErrors().stream().findFirst()
                .ifPresent(error -> ((Focusable<?>) error.getField()).focus());
        problem.setText(getTranslation("form.invalid"));
        return false;
    }

    /** After the server refused the input: the field messages again, nothing typed lost. */
    void revalidate() {
        binder.validate();
        problem.setText(getTranslation("form.invalid"));
    }
}
