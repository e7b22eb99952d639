package nl.tafelgenoot.ui.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a view needs in the chosen organisation. Without it the view answers "not
 * found", like a record of another organisation: nothing is revealed. Services check again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {
    String value();
}
