package org.mrc.casework.shared;

import java.time.LocalDate;
import java.time.Period;

/** The reporting age bands (0-14, 15-24, 25-34, 35-49, 50-64, 65+), from a birth date or a birth year. */
public final class AgeBand {

    private static final int[] LOWER_BOUNDS = {0, 15, 25, 35, 50, 65};
    private static final String[] LABELS = {"0-14", "15-24", "25-34", "35-49", "50-64", "65+"};

    private AgeBand() {}

    /** The band on {@code today}, or null when neither date nor year is known. */
    public static String of(LocalDate birthDate, Integer birthYear, LocalDate today) {
        Integer age = age(birthDate, birthYear, today);
        if (age == null || age < 0) {
            return null;
        }
        for (int i = LOWER_BOUNDS.length - 1; i >= 0; i--) {
            if (age >= LOWER_BOUNDS[i]) {
                return LABELS[i];
            }
        }
        return null;
    }

    /** The age in whole years on {@code today}, or null when neither date nor year is known. */
    public static Integer age(LocalDate birthDate, Integer birthYear, LocalDate today) {
        if (birthDate != null) {
            return Period.between(birthDate, today).getYears();
        }
        // with only a year, the age reached during the current year
        return birthYear == null ? null : today.getYear() - birthYear;
    }
}
