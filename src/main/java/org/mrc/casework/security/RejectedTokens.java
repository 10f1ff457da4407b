package org.mrc.casework.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Leaves one WARN line per rejected bearer token: why it was rejected and the request id, so that an operator can
 * tell a misconfigured client (wrong audience or issuer) from an expired session or a forgery (bad signature,
 * unknown key). The token, its claims and the exception messages (which quote claim values) are never logged.
 */
final class RejectedTokens {

    private static final Logger LOG = Logger.getLogger(RejectedTokens.class);

    /** Why a token was rejected, as logged. */
    enum Reason {
        EXPIRED("expired"),
        NOT_YET_VALID("not yet valid"),
        WRONG_AUDIENCE("wrong audience"),
        WRONG_ISSUER("wrong issuer"),
        BAD_SIGNATURE("bad signature"),
        UNKNOWN_KEY("unknown signing key"),
        MISSING_SUBJECT("missing subject"),
        MALFORMED("malformed token"),
        OTHER("failed verification");

        final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private RejectedTokens() {}

    static void log(Reason reason, String requestId) {
        LOG.warnf("Bearer token rejected (%s) on request %s", reason.text, requestId);
    }

    static void log(Throwable failure, String authorization, String requestId) {
        Reason reason = classify(failure);
        if (reason == Reason.OTHER && !isCompactJws(authorization)) {
            reason = Reason.MALFORMED;
        }
        if (reason == Reason.OTHER) {
            // exception class names only: their messages may quote claim values
            LOG.warnf("Bearer token rejected (%s: %s) on request %s", reason.text, causeClasses(failure), requestId);
        } else {
            log(reason, requestId);
        }
    }

    /** Whether a bearer credential has the form of a signed JWT: three base64url parts, a JSON header first. */
    static boolean isCompactJws(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String[] parts = authorization.substring(7).strip().split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).strip();
            Base64.getUrlDecoder().decode(parts[1]);
            return header.startsWith("{") && header.endsWith("}");
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
    }

    private static String causeClasses(Throwable failure) {
        StringBuilder classes = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            classes.append(classes.isEmpty() ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return classes.toString();
    }

    /** The most specific reason found in the failure's causes. */
    static Reason classify(Throwable failure) {
        Reason found = null;
        for (Throwable t = failure; t != null && found == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidJwtException jwt) {
                found = fromErrorCodes(jwt);
            } else if (t instanceof UnresolvableKeyException) {
                found = Reason.UNKNOWN_KEY;
            } else if (t.getMessage() != null && t.getMessage().contains("matching verification key")) {
                found = Reason.UNKNOWN_KEY;
            }
        }
        return found == null ? Reason.OTHER : found;
    }

    private static Reason fromErrorCodes(InvalidJwtException e) {
        if (e.hasExpired()) {
            return Reason.EXPIRED;
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return Reason.NOT_YET_VALID;
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return Reason.WRONG_AUDIENCE;
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return Reason.WRONG_ISSUER;
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return Reason.BAD_SIGNATURE;
        }
        if (e.hasErrorCode(ErrorCodes.SUBJECT_MISSING) || e.hasErrorCode(ErrorCodes.SUBJECT_INVALID)) {
            return Reason.MISSING_SUBJECT;
        }
        if (e.hasErrorCode(ErrorCodes.JSON_INVALID) || e.hasErrorCode(ErrorCodes.MALFORMED_CLAIM)) {
            return Reason.MALFORMED;
        }
        return null;
    }
}
