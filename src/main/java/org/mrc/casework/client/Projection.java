package org.mrc.casework.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.function.Predicate;

/**
 * Cuts a representation down to what a caller may see: every component whose {@link Sensitive} declaration the
 * predicate rejects is emptied (and so absent from the JSON). A component without a declaration is a programming
 * error, refused here so that a new field cannot leak by omission.
 */
public final class Projection {

    private Projection() {}

    /** Keeps the components up to {@code ceiling}. */
    public static <T extends Record> T upTo(T view, Tier ceiling) {
        return keep(view, sensitive -> sensitive.tier().within(ceiling));
    }

    public static <T extends Record> T keep(T view, Predicate<Sensitive> visible) {
        RecordComponent[] components = view.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Sensitive sensitive = component.getAnnotation(Sensitive.class);
                if (sensitive == null) {
                    throw new IllegalStateException(
                            view.getClass().getSimpleName() + "." + component.getName() + " declares no tier");
                }
                types[i] = component.getType();
                values[i] = visible.test(sensitive) ? component.getAccessor().invoke(view) : null;
            }
            @SuppressWarnings("unchecked")
            Constructor<T> canonical = (Constructor<T>) view.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException
                | InstantiationException
                | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("Cannot project " + view.getClass().getSimpleName(), e);
        }
    }
}
