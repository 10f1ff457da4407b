package org.mrc.casework.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every collection takes, declared once: {@code @Valid @BeanParam PageParams page} in a
 * resource method, {@code page.request()} for the service. A limit out of range is a 400 naming {@code limit}.
 */
public class PageParams {

    @Parameter(description = "Opaque cursor from the previous page")
    @QueryParam("cursor")
    String cursor;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    int limit;

    /** What the service pages by. */
    public PageRequest request() {
        return new PageRequest(cursor, limit);
    }
}
