package org.mrc.casework.shared.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The RFC 9457 problem document every error response carries. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem-specific members (for example the allowed next states of a conflict) sit beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
