package nl.tafelgenoot.domain.booking;

import java.util.Optional;

/**
 * The chosen time was taken by someone else a moment earlier (two members racing for the last
 * slot): the booking is refused, and the member is offered the next free slot, if any.
 */
public class SlotTaken extends RuntimeException {

    private final transient FreeSlot next;

    public SlotTaken(FreeSlot next) {
        super("slot taken");
        this.next = next;
    }

    public Optional<FreeSlot> next() {
        return Optional.ofNullable(next);
    }
}
