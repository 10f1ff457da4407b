package org.mrc.casework.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/** An ISO 639 language code: 639-1 (two letters, e.g. {@code uk}) or 639-2/3 (three, e.g. {@code ukr}). */
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

    String message() default "must be an ISO 639 language code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageCode, String> {

        private static final Set<String> CODES = codes();

        private static Set<String> codes() {
            Set<String> codes = new HashSet<>();
            for (String two : Locale.getISOLanguages()) {
                codes.add(two);
                try {
                    codes.add(new Locale(two).getISO3Language());
                } catch (MissingResourceException e) {
                    // no three-letter form known
                }
            }
            return Set.copyOf(codes);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
