package org.mrc.casework.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to show what callers then receive. */
@Path("/test-support/failure")
@Produces(MediaType.APPLICATION_JSON)
public class FailureProbeResource {

    public static final String SECRET = "Idriss-Okafor-IRREGULAR";

    @GET
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("bug while handling " + SECRET);
    }
}
