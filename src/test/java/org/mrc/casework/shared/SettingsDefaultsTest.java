package org.mrc.casework.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each setting's default is written once: in application.properties beside the environment variable that sets it
 * ({@code mrc.x=${MRC_X:default}}), or, for a setting without a variable, as the mapping's {@code @WithDefault}; never
 * both, never again in a schedule expression. The README's settings table states the same defaults.
 */
class SettingsDefaultsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(MRC_\\w+):([^}$]*)}");
    private static final Pattern PROPERTY = Pattern.compile("^(%prod\\.)?([\\w.-]+)=(.*)$");

    @Test
    void theReadmeSettingsTableStatesTheDefaultsTheApplicationUses() throws IOException {
        Map<String, String> defaults = variableDefaults();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String row : configurationTable()) {
            String[] cells = row.split("\\|");
            List<String> names = backticked(cells[1]);
            String[] values = cells[2].trim().split("\\s*(/|,)\\s+");
            if (values.length != names.size()) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                String value = values[i].trim();
                String stated = value.equals("empty")
                        ? ""
                        : value.matches("`[^`]*`") ? value.substring(1, value.length() - 1) : null;
                if (stated == null || !defaults.containsKey(names.get(i))) {
                    continue;
                }
                checked++;
                if (!stated.equals(defaults.get(names.get(i)))) {
                    wrong.add(names.get(i) + ": README says " + stated + ", application.properties "
                            + defaults.get(names.get(i)));
                }
            }
        }
        assertTrue(checked >= 20, "the README table was read (" + checked + " defaults compared)");
        assertTrue(wrong.isEmpty(), "README defaults that disagree:\n" + String.join("\n", wrong));
    }

    @Test
    void everyMappedSettingHasExactlyOneDefaultOrIsOptional() throws IOException {
        Map<String, String> properties = baseProperties();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : classes()) {
            Class<?> type = javaClass.reflect();
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping == null || !mapping.prefix().startsWith("mrc.")) {
                continue;
            }
            for (Map.Entry<String, Method> setting :
                    settings(mapping.prefix(), type).entrySet()) {
                checked++;
                Method method = setting.getValue();
                boolean annotated = method.isAnnotationPresent(WithDefault.class);
                boolean inProperties = properties.containsKey(setting.getKey());
                boolean optional = method.getReturnType() == Optional.class;
                if (annotated && inProperties) {
                    wrong.add(setting.getKey() + " has a @WithDefault and an application.properties value");
                } else if (!annotated && !inProperties && !optional) {
                    wrong.add(setting.getKey() + " has no default and is not optional");
                }
            }
        }
        assertTrue(checked >= 30, "the mappings were read (" + checked + " settings)");
        assertTrue(wrong.isEmpty(), "settings without exactly one default:\n" + String.join("\n", wrong));
    }

    @Test
    void schedulesNameTheirSettingWithoutRepeatingItsDefault() {
        List<String> wrong = new ArrayList<>();
        for (JavaClass javaClass : classes()) {
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                Scheduled scheduled = method.getAnnotation(Scheduled.class);
                if (scheduled == null) {
                    continue;
                }
                for (String expression : List.of(scheduled.every(), scheduled.delayed(), scheduled.cron())) {
                    if (expression.matches(".*\\$\\{[^}]*:.*")) {
                        wrong.add(method + ": " + expression);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "schedules that repeat a default:\n" + String.join("\n", wrong));
    }

    /** Property name of each setting of a mapping, nested groups included. */
    private static Map<String, Method> settings(String prefix, Class<?> type) {
        Map<String, Method> settings = new HashMap<>();
        for (Method method : type.getMethods()) {
            String name = prefix + "." + kebab(method.getName());
            if (method.getReturnType().isInterface()
                    && method.getReturnType().getName().startsWith("org.mrc.casework")) {
                settings.putAll(settings(name, method.getReturnType()));
            } else {
                settings.put(name, method);
            }
        }
        return settings;
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static Iterable<JavaClass> classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mrc.casework");
    }

    /** Properties set for every profile (production included): plain and {@code %prod.} lines. */
    private static Map<String, String> baseProperties() throws IOException {
        Map<String, String> properties = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            Matcher property = PROPERTY.matcher(line);
            if (property.matches()) {
                properties.put(property.group(2), property.group(3));
            }
        }
        return properties;
    }

    /** The default each environment variable has in application.properties (plain and production lines). */
    private static Map<String, String> variableDefaults() throws IOException {
        Map<String, String> defaults = new HashMap<>();
        for (String value : baseProperties().values()) {
            Matcher variable = VARIABLE.matcher(value);
            while (variable.find()) {
                defaults.put(variable.group(1), variable.group(2));
            }
        }
        return defaults;
    }

    private static List<String> configurationTable() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Configuration");
            } else if (inSection && line.startsWith("| `")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static List<String> backticked(String cell) {
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("`([A-Z0-9_]+)`").matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
