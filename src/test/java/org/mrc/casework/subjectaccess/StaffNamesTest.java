package org.mrc.casework.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every member of the report's parts that can hold a staff member's subject is one {@link StaffNames} removes: the
 * report's types are walked (records, and the element types of their lists, sets and maps), so that a view gaining
 * a {@code ...By} or {@code ...Subject} member cannot name staff to the person unnoticed.
 */
class StaffNamesTest {

    @Test
    void everyMemberThatCanNameStaffIsRemovedByDefault() {
        Set<String> naming = new TreeSet<>();
        walk(SubjectAccessReport.class, new HashSet<>(), naming);
        Set<String> missed = new TreeSet<>(naming);
        missed.removeAll(StaffNames.MEMBERS);
        assertEquals(Set.of(), missed, "members naming staff that StaffNames.MEMBERS does not list");
        assertEquals(new TreeSet<>(StaffNames.MEMBERS), naming, "StaffNames.MEMBERS lists only members the report has");
    }

    private static void walk(Type type, Set<Type> seen, Set<String> naming) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen, naming);
            }
            return;
        }
        if (!(type instanceof Class<?> cls) || !cls.isRecord() || !seen.add(cls)) {
            return;
        }
        for (RecordComponent component : cls.getRecordComponents()) {
            String name = component.getName();
            if (component.getType() == String.class && (name.endsWith("By") || name.endsWith("Subject"))) {
                naming.add(name);
            }
            walk(component.getGenericType(), seen, naming);
        }
    }
}
