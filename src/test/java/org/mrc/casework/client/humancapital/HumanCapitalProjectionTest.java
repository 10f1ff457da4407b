package org.mrc.casework.client.humancapital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;

/**
 * The human-capital document is cut by the declared tier of every field, at every level. Each test walks a fully
 * populated document: a field above the ceiling that survives, or one within it that is lost, fails the test.
 */
class HumanCapitalProjectionTest {

    private static final List<Class<? extends Record>> VIEWS = List.of(
            HumanCapitalView.class,
            DiplomaView.class,
            RecognitionView.class,
            SkillView.class,
            LanguageView.class,
            EmploymentView.class);

    @Test
    void everyComponentOfEveryHumanCapitalViewDeclaresItsTierAndIsNotPrimitive() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends Record> view : VIEWS) {
            for (RecordComponent component : view.getRecordComponents()) {
                if (component.getAnnotation(Sensitive.class) == null) {
                    problems.add(view.getSimpleName() + "." + component.getName() + " declares no tier");
                }
                if (component.getType().isPrimitive()) {
                    problems.add(view.getSimpleName() + "." + component.getName() + " is primitive");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void skillsAreS0AndEmploymentIsS1Situation() {
        assertEquals(Tier.S0, tierOf(HumanCapitalView.class, "diplomas"));
        assertEquals(Tier.S0, tierOf(HumanCapitalView.class, "skills"));
        assertEquals(Tier.S0, tierOf(HumanCapitalView.class, "languages"));
        assertEquals(Tier.S1, tierOf(HumanCapitalView.class, "employment"));
        assertEquals(
                DataCategory.SITUATION,
                component(HumanCapitalView.class, "employment")
                        .getAnnotation(Sensitive.class)
                        .category());
        assertEquals(
                DataCategory.SKILLS,
                component(HumanCapitalView.class, "diplomas")
                        .getAnnotation(Sensitive.class)
                        .category());
    }

    @Test
    void theOwningOfficeSeesEverything() {
        assertCut(full(Tier.S2), Tier.S2);
    }

    @Test
    void anOutOfScopeReaderWithAReasonSeesEverythingUpToS1AndNothingAbove() {
        HumanCapitalView cut = full(Tier.S1);
        assertCut(cut, Tier.S1);
        assertNotNull(cut.employment());
        assertNotNull(cut.diplomas().get(0).history().get(0).status());
    }

    @Test
    void anS0ReaderLosesTheEmploymentHistoryButKeepsDiplomasSkillsAndLanguages() {
        HumanCapitalView cut = full(Tier.S0);
        assertCut(cut, Tier.S0);
        assertNull(cut.employment());
        assertEquals("Hairdressing", cut.skills().get(0).name());
    }

    /** A document with every field of every item filled, cut to {@code ceiling} as the service cuts it. */
    private static HumanCapitalView full(Tier ceiling) {
        UUID diplomaId = UUID.randomUUID();
        RecognitionView entry = new RecognitionView(
                UUID.randomUUID(),
                diplomaId,
                "FR",
                RecognitionStatus.RECOGNISED,
                LocalDate.of(2012, 9, 1),
                "ENIC-NARIC",
                "user-1",
                Instant.now());
        DiplomaView diploma = new DiplomaView(
                diplomaId, "Master", EducationLevel.MASTER, "Trade", "IN", 2004, List.of(entry), List.of(entry), 2L);
        SkillView skill = new SkillView(UUID.randomUUID(), "Hairdressing", SkillAcquisition.ABROAD, true, "DE");
        LanguageView language = new LanguageView(UUID.randomUUID(), "de", CefrLevel.B1, true, "Goethe B1");
        EmploymentView job = new EmploymentView(
                UUID.randomUUID(),
                EmploymentPeriod.DURING,
                "Window cleaner",
                9,
                "FR",
                EmploymentStatus.INFORMAL,
                LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 3, 1),
                false,
                1L);
        return HumanCapitalView.upTo(
                UUID.randomUUID(), List.of(diploma), List.of(skill), List.of(language), List.of(job), ceiling);
    }

    /** Every field above {@code ceiling} is empty and every other one kept, in the document and in its items. */
    private static void assertCut(Record view, Tier ceiling) {
        List<String> wrong = new ArrayList<>();
        walk(view, ceiling, view.getClass().getSimpleName(), wrong);
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private static void walk(Record view, Tier ceiling, String path, List<String> wrong) {
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(view);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String where = path + "." + component.getName();
            boolean visible = component.getAnnotation(Sensitive.class).tier().within(ceiling);
            if (!visible && value != null) {
                wrong.add(where + " leaked above " + ceiling);
            } else if (visible && value == null) {
                wrong.add(where + " was lost within " + ceiling);
            } else if (value instanceof Record nested) {
                walk(nested, ceiling, where, wrong);
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    if (item instanceof Record nested) {
                        walk(nested, ceiling, where + "[" + i + "]", wrong);
                    }
                    i++;
                }
            }
        }
    }

    private static Tier tierOf(Class<? extends Record> view, String name) {
        return component(view, name).getAnnotation(Sensitive.class).tier();
    }

    private static RecordComponent component(Class<? extends Record> view, String name) {
        for (RecordComponent component : view.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new AssertionError(view.getSimpleName() + " has no component " + name);
    }
}
