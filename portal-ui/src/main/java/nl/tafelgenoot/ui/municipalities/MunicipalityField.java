package nl.tafelgenoot.ui.municipalities;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.municipalities.Municipality;

/**
 * Choosing a municipality from the reference list by typing part of its name; the everyday name
 * is part of the label, so "Den Haag" finds 's-Gravenhage. Only names from the list are accepted;
 * the value is the official name the services store.
 */
public class MunicipalityField extends ComboBox<String> {

    public MunicipalityField(String id, String label, List<Municipality> municipalities) {
        super(label);
        Map<String, String> labels = new LinkedHashMap<>();
        municipalities.forEach(m -> labels.put(m.getName(), m.label()));
        setId(id);
        setItems(labels.keySet());
        setItemLabelGenerator(name -> labels.getOrDefault(name, name));
        setAllowCustomValue(false);
        setClearButtonVisible(true);
        setHelperText(getTranslation("municipality.helper"));
        setWidthFull();
    }

    /** The server did not know the chosen name (the list changed meanwhile): say so at the field. */
    public void refuseUnknown() {
        setErrorMessage(getTranslation("municipality.unknown"));
        setInvalid(true);
    }
}
