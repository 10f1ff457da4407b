package org.mrc.casework.lifecycle.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
    private final RetentionDryRuns dryRuns;
    private final CurrentCaller caller;
    private final Clock clock;

    RetentionService(
            RetentionRuleRepository rules,
            RetentionJob job,
            RetentionBatches batches,
            RetentionDryRuns dryRuns,
            CurrentCaller caller,
            Clock clock) {
        this.rules = rules;
        this.job = job;
        this.batches = batches;
        this.dryRuns = dryRuns;
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

    /** Starts a dry run in the background (or gives the one under way): its report is read by its id. */
    @Transactional
    @Audited(action = "retention.dry-run", resource = "retention-run", idFrom = Audited.IdFrom.RESULT)
    public RetentionReport startDryRun() {
        return dryRuns.start();
    }

    @Transactional
    @Audited(action = "retention.dry-run.read", resource = "retention-run")
    public RetentionReport dryRun(UUID id) {
        return dryRuns.find(id).orElseThrow(() -> ApiException.notFound("retention dry run"));
    }

    @Transactional
    @Audited(action = "retention.latest-run", resource = "retention-run")
    public RetentionReport latest() {
        return batches.latest().orElseThrow(() -> ApiException.notFound("retention run"));
    }
}
