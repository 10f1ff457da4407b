package org.mrc.casework.shared.http;

import jakarta.ws.rs.core.EntityTag;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: an aggregate's {@code @Version} is its strong ETag, and every update must
 * name the version it was based on.
 */
public final class IfMatch {

    private IfMatch() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an {@code If-Match} header: 428 when absent, 412 when weak (it cannot match strongly), 400 when not one of our ETags (a quoted version number). */
    public static long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiException(
                    ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the version you read");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches, whatever it names
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match needs the strong ETag of the version you read; a weak ETag never matches");
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw notOurs();
        }
        String digits = value.substring(1, value.length() - 1);
        if (!digits.matches("[0-9]{1,18}")) {
            throw notOurs();
        }
        return Long.parseLong(digits);
    }

    private static ApiException notOurs() {
        return ApiException.invalid(FieldError.header("If-Match", "not an ETag issued by this service"));
    }

    /** Fails with 412 when the stored version is not the one the caller based the update on. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED, "The resource changed since it was read; read it again and retry");
        }
    }
}
