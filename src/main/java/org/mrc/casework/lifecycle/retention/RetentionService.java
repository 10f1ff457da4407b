package org.mrc.casework.lifecycle.retention;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.problem.ApiException;

/** The retention rules as admins read and change them, and the job's reports. Every call is audited. */
@ApplicationScoped
public class RetentionService {

    private final RetentionRuleRepository rules;
    private final RetentionJob job;
    private final RetentionBatches batches;
    private final CurrentCaller caller;
    private final Clock clock;

    RetentionService(
            RetentionRuleRepository rules,
            RetentionJob job,
            RetentionBatches batches,
            CurrentCaller caller,
            Clock clock) {
        this.rules = rules;
        this.job = job;
        this.batches = batches;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "retention-rule.list", resource = "retention-rule")
    public List<RetentionRuleView> list() {
        return rules.listAll().stream()
                .map(RetentionRule::view)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    @Transactional
    @Audited(action = "retention-rule.change", resource = "retention-rule", idFrom = Audited.IdFrom.RESULT)
    public RetentionRuleView change(String code, ChangeRetentionRule change, long expectedVersion) {
        RetentionRule rule = rules.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("retention rule"));
        IfMatch.check(expectedVersion, rule.version());
        rule.change(change, caller.get().subject(), clock.instant());
        rules.flush();
        return rule.view();
    }

    @Transactional
    // one consistent snapshot of every client: at a million clients that takes minutes, like a report rebuild
    @TransactionConfiguration(timeout = 3600)
    @Audited(action = "retention.dry-run", resource = "retention-run")
    public RetentionReport dryRun() {
        return job.dryRun();
    }

    @Transactional
    @Audited(action = "retention.latest-run", resource = "retention-run")
    public RetentionReport latest() {
        return batches.latest().orElseThrow(() -> ApiException.notFound("retention run"));
    }
}
