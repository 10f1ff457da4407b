package org.mrc.casework.privacy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * A justification for reading a client record outside the caller's office scope, as sent in the
 * {@code X-Access-Reason} header: {@code <PURPOSE>; <free text>}, for example
 * {@code X-Access-Reason: CONTINUITY_OF_CARE; client came to our desk for legal aid}. The purpose is one of
 * {@link AccessPurpose} (exact spelling); the text, after trimming, has at least the configured minimum length
 * ({@code mrc.access.reason-min-length}) and at most {@link #MAX_TEXT_LENGTH} characters. Both go to the audit
 * entry. Anything else (a bare code, a dash, a short text, an unknown code) is refused with a problem naming the
 * header and never repeating its value.
 */
public record AccessReason(AccessPurpose purpose, String text) {

    public static final int MAX_TEXT_LENGTH = 480;

    static final String SYNTAX = "<PURPOSE>; <text>";

    private static final String CODES =
            Arrays.stream(AccessPurpose.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Parses a header value; the caller has checked that the header is present. */
    static AccessReason parse(String header, int minTextLength) {
        int separator = header.indexOf(';');
        if (separator < 0) {
            throw invalid("must be " + SYNTAX + " with a purpose code and a free-text justification");
        }
        String code = header.substring(0, separator).strip();
        AccessPurpose purpose = Arrays.stream(AccessPurpose.values())
                .filter(p -> p.name().equals(code))
                .findFirst()
                .orElseThrow(() -> invalid("the purpose must be one of " + CODES));
        String text = header.substring(separator + 1).strip();
        int length = text.codePointCount(0, text.length());
        if (length < minTextLength) {
            throw invalid("the justification after the purpose must have at least " + minTextLength + " characters");
        }
        if (length > MAX_TEXT_LENGTH) {
            throw invalid("the justification after the purpose must have at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw invalid("the justification must not contain control characters");
        }
        return new AccessReason(purpose, text);
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(FieldError.header(ClientAccess.REASON_HEADER, message));
    }
}
