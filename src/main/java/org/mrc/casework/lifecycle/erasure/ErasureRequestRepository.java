package org.mrc.casework.lifecycle.erasure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ErasureRequestRepository implements PanacheRepositoryBase<ErasureRequest, UUID> {}
