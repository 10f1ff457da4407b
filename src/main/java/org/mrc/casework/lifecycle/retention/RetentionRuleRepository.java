package org.mrc.casework.lifecycle.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RetentionRuleRepository implements PanacheRepositoryBase<RetentionRule, String> {}
