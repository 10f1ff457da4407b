package org.mrc.casework.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Set;
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
        return upTo(view, ceiling, false);
    }

    /**
     * As {@link #upTo(Record, Tier)}, for a record about a minor: children's data is highly sensitive (domain
     * section 4), so what is S1 for an adult needs S2 for a child.
     */
    public static <T extends Record> T upTo(T view, Tier ceiling, boolean aboutAMinor) {
        return keep(
                view, sensitive -> effectiveTier(sensitive.tier(), aboutAMinor).within(ceiling));
    }

    /**
     * The part of a representation a recipient outside the centre (a partner organisation) may receive: the
     * components whose category is in {@code categories}; of those, a component that is S2 (or, about a minor, S1 or
     * S2) only when its category is also in {@code explicitlyConsented}. Components marked {@link Sensitive#internal}
     * never.
     */
    public static <T extends Record> T sharedWith(
            T view, Set<DataCategory> categories, Set<DataCategory> explicitlyConsented, boolean aboutAMinor) {
        return keep(
                view,
                field -> !field.internal()
                        && categories.contains(field.category())
                        && (effectiveTier(field.tier(), aboutAMinor) != Tier.S2
                                || explicitlyConsented.contains(field.category())));
    }

    /** The tier a declared tier has for a record about a minor (S1 becomes S2) or an adult (unchanged). */
    public static Tier effectiveTier(Tier declared, boolean aboutAMinor) {
        return aboutAMinor && declared == Tier.S1 ? Tier.S2 : declared;
    }

    public static <T extends Record> T keep(T view, Predicate<Sensitive> visible) {
        Shape shape = SHAPES.get(view.getClass());
        Object[] values = new Object[shape.accessors.length];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = visible.test(shape.declarations[i]) ? shape.accessors[i].invoke(view) : null;
            }
            @SuppressWarnings("unchecked")
            T projected = (T) shape.canonical.newInstance(values);
            return projected;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot project " + view.getClass().getSimpleName(), e);
        }
    }

    /**
     * What projecting a record class needs, read by reflection once per class (reading record components and their
     * annotations anew on every call was a measurable share of a client read).
     */
    private record Shape(Sensitive[] declarations, Method[] accessors, Constructor<?> canonical) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Sensitive[] declarations = new Sensitive[components.length];
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                declarations[i] = component.getAnnotation(Sensitive.class);
                if (declarations[i] == null) {
                    throw new IllegalStateException(
                            type.getSimpleName() + "." + component.getName() + " declares no tier");
                }
                accessors[i] = component.getAccessor();
                types[i] = component.getType();
            }
            try {
                return new Shape(declarations, accessors, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Cannot project " + type.getSimpleName(), e);
            }
        }
    };
}
