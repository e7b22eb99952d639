package nl.tafelgenoot.ui.statistics;

/** A translation of a bundle key with its parameters (a view's {@code getTranslation}, or Dutch for the CSV). */
@FunctionalInterface
interface Labels {

    String get(String key, Object... params);
}
