package org.mrc.casework.lifecycle.hold;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class LegalHoldRepository implements PanacheRepositoryBase<LegalHold, UUID> {}
