package org.mrc.casework.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, once, the tier and consent category of a field of a client representation. {@link Projection} is the
 * only code that reads it; every representation that leaves the service is cut down through it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Sensitive {

    Tier tier();

    DataCategory category();

    /**
     * The centre's own bookkeeping (its identifiers, the merge pointer, the visibility marker, the version): never
     * shared outside the centre, whatever a consent names.
     */
    boolean internal() default false;
}
