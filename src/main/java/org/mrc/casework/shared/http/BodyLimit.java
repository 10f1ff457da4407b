package org.mrc.casework.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/** Refuses declared request bodies above the configured limit with a 413 problem, before anything is read. */
public class BodyLimit {

    @ConfigMapping(prefix = "mrc.http")
    public interface Limits {
        MemorySize maxBodySize();
    }

    private final Limits limits;

    public BodyLimit(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true, priority = 200)
    public void check(ContainerRequestContext request) {
        long max = limits.maxBodySize().asLongValue();
        if (request.getLength() > max) {
            throw new ApiException(
                    ProblemType.BODY_TOO_LARGE, "The request body exceeds the limit of " + max + " bytes");
        }
    }
}
