package org.mrc.casework.shared.http;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;
import org.mrc.casework.shared.idempotency.Idempotency;

/** The responses every resource gives the same way: 201 with Location, ETag and replay marker; 200 with ETag. */
public final class Responses {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Responses() {}

    /** 201 for a create at {@code location}, with an ETag when the new record is versioned. */
    public static <V extends Identified> RestResponse<V> created(URI location, Idempotency.Outcome<V> outcome) {
        V view = outcome.view();
        RestResponse.ResponseBuilder<V> response = RestResponse.ResponseBuilder.<V>created(location)
                .entity(view)
                .header(REPLAYED_HEADER, outcome.replayed() ? "true" : null);
        if (view instanceof Versioned versioned && versioned.version() != null) {
            response.tag(IfMatch.etag(versioned.version()));
        }
        return response.build();
    }

    /** 201 for a create in the collection the request was posted to (Location = that path + the new id). */
    public static <V extends Identified> RestResponse<V> created(UriInfo uri, Idempotency.Outcome<V> outcome) {
        return created(
                uri.getAbsolutePathBuilder()
                        .path(outcome.view().id().toString())
                        .build(),
                outcome);
    }

    /**
     * 200 with the representation and its version as ETag, marked as a replay when an earlier response to the same
     * Idempotency-Key is repeated (an idempotent action on an existing record).
     */
    public static <V extends Identified & Versioned> RestResponse<V> ok(Idempotency.Outcome<V> outcome) {
        return RestResponse.ResponseBuilder.ok(outcome.view())
                .tag(IfMatch.etag(outcome.view().version()))
                .header(REPLAYED_HEADER, outcome.replayed() ? "true" : null)
                .build();
    }

    /** 200 with the representation and its version as ETag. */
    public static <V extends Versioned> RestResponse<V> withEtag(V view) {
        return RestResponse.ResponseBuilder.ok(view)
                .tag(IfMatch.etag(view.version()))
                .build();
    }
}
