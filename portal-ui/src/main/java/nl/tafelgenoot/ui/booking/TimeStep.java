package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Supplier;
import nl.tafelgenoot.domain.booking.FreeSlot;

/**
 * Step 4, a time: the free times of the advisors serving the member's place for this kind of
 * meeting, by day; or "call me back", always possible and the only way when nothing fits (said
 * so). After a time was taken by someone else the next free one is offered as one button.
 */
class TimeStep extends BookingStep {

    private final Supplier<List<FreeSlot>> freeSlots;
    private final SlotList slots = new SlotList("booking-slots", this::choose);
    private final Paragraph message = new Paragraph();
    private final Paragraph chosenText = new Paragraph();
    private final Paragraph none = new Paragraph();
    private final Button takeNext = new Button();
    private final Button callBack = new Button();
    private FreeSlot chosen;
    private FreeSlot offered;
    private boolean callMeBack;
    private Runnable afterTakingOffer = () -> { };

    TimeStep(Supplier<List<FreeSlot>> freeSlots) {
        super("booking-step-4", "booking.step4");
        this.freeSlots = freeSlots;
        Paragraph intro = new Paragraph(getTranslation("booking.slots.intro"));
        message.setId("booking-slot-message");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600").set("margin", "0");
        takeNext.setId("booking-take-next");
        takeNext.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        takeNext.setVisible(false);
        takeNext.addClickListener(e -> {
            if (offered != null) {
                choose(offered);
                afterTakingOffer.run();
            }
        });
        none.setId("booking-slots-none");
        none.setText(getTranslation("booking.slots.none"));
        none.getStyle().set("font-weight", "600");
        none.setVisible(false);
        callBack.setText(getTranslation("booking.callBack"));
        callBack.setId("booking-call-back");
        callBack.addThemeVariants(ButtonVariant.LUMO_LARGE);
        callBack.getElement().setAttribute("aria-pressed", "false");
        callBack.addClickListener(e -> chooseCallBack());
        Paragraph callBackHelp = new Paragraph(getTranslation("booking.callBack.help"));
        chosenText.setId("booking-slot-chosen");
        chosenText.getElement().setAttribute("aria-live", "polite");
        chosenText.getStyle().set("font-weight", "600");
        add(intro, message, takeNext, none, slots, callBackHelp, callBack, chosenText);
    }

    /** The chosen time; null for "call me back". */
    FreeSlot chosen() {
        return chosen;
    }

    /** What the summary says about the time. */
    String summary() {
        return chosen == null ? getTranslation("booking.summary.callBack") : SlotList.dayTime(this, chosen.start());
    }

    @Override
    void entered() {
        List<FreeSlot> free = freeSlots.get();
        if (chosen != null && free.stream().noneMatch(s -> s.start().toInstant().equals(chosen.start().toInstant()))) {
            chosen = null;
        }
        slots.show(free, chosen == null ? null : chosen.start());
        none.setVisible(free.isEmpty());
        showChoice();
    }

    @Override
    boolean check() {
        if (chosen == null && !callMeBack) {
            message.setText(getTranslation("booking.slot.required"));
            return false;
        }
        return true;
    }

    /** The time was taken a moment ago: no choice now, the next free time (if any) offered. */
    void taken(FreeSlot next, Runnable afterTaking) {
        chosen = null;
        callMeBack = false;
        entered();
        message.setText(getTranslation("booking.slot.taken"));
        offered = next;
        afterTakingOffer = afterTaking;
        if (next != null) {
            takeNext.setText(getTranslation("booking.slot.takeNext", SlotList.dayTime(this, next.start())));
            takeNext.setVisible(true);
            takeNext.focus();
        } else {
            takeNext.setVisible(false);
        }
    }

    /** A refusal about the time itself (e.g. passed meanwhile). */
    void refuse(String text) {
        chosen = null;
        entered();
        message.setText(text);
    }

    private void choose(FreeSlot slot) {
        chosen = slot;
        callMeBack = false;
        callBack.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callBack.getElement().setAttribute("aria-pressed", "false");
        message.setText("");
        takeNext.setVisible(false);
        showChoice();
    }

    private void chooseCallBack() {
        chosen = null;
        callMeBack = true;
        slots.clearMark();
        callBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callBack.getElement().setAttribute("aria-pressed", "true");
        message.setText("");
        takeNext.setVisible(false);
        showChoice();
    }

    private void showChoice() {
        if (chosen != null) {
            chosenText.setText(getTranslation("booking.slot.chosen", SlotList.dayTime(this, chosen.start())));
        } else if (callMeBack) {
            chosenText.setText(getTranslation("booking.slot.callBackChosen"));
        } else {
            chosenText.setText("");
        }
    }
}
