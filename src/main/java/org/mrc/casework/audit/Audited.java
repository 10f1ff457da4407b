package org.mrc.casework.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes an audit entry for every call of the annotated service method, in the caller's transaction: if the
 * entry cannot be written, the call fails. The record id is the method's first {@code UUID} parameter, or the
 * id of the representation it returns.
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
}
