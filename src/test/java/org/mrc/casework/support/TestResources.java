package org.mrc.casework.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real services every test runs against, started once for the whole suite: PostgreSQL and an OIDC provider
 * (WireMock) that publishes the keys of the test signing key.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {}
}
