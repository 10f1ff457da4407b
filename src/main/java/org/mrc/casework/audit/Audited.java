package org.mrc.casework.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes an audit entry for every call of the annotated service method, in the caller's transaction: if the
 * entry cannot be written, the call fails. The record id is chosen by {@link #idFrom()}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What was done, as {@code <resource>.<verb>}, e.g. {@code office.read}. */
    @Nonbinding
    String action() default "";

    /** The kind of record touched, e.g. {@code office}. */
    @Nonbinding
    String resource() default "";

    /** Where the id of the record touched comes from. */
    @Nonbinding
    IdFrom idFrom() default IdFrom.FIRST_UUID_ARGUMENT;

    /** Sources of the audited record id. */
    enum IdFrom {
        /** The method's first {@code UUID} argument, else the id of what it returns. */
        FIRST_UUID_ARGUMENT,
        /** The id of what the method returns (creates, whose other UUID arguments name something else). */
        RESULT
    }
}
