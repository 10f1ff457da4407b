package org.mrc.casework.lifecycle.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/** A retention rule. Its kind, situation and rationale are fixed; admins change the action, period and switch. */
@Entity
@Table(name = "retention_rule")
class RetentionRule {

    @Id
    private String code;

    @Column(insertable = false, updatable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, updatable = false)
    private RecordKind recordKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RetentionSituation situation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RetentionAction action;

    @Column(name = "after_months")
    private Integer afterMonths;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, updatable = false)
    private String rationale;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected RetentionRule() {}

    /**
     * Changes what the rule does. Only client rules anonymise or erase (the job acts on clients only); a kept-for-ever
     * kind has no period, every other rule has one.
     */
    void change(ChangeRetentionRule change, String by, Instant now) {
        boolean client = recordKind == RecordKind.CLIENT;
        if (client == (change.action() == RetentionAction.KEEP)) {
            throw ApiException.invalid(FieldError.body(
                    "$.action",
                    client ? "client rules anonymise or erase" : "only client records are anonymised or erased"));
        }
        boolean forEver = recordKind == RecordKind.GROUP_SESSION_HEADCOUNT;
        if (forEver != (change.afterMonths() == null)) {
            throw ApiException.invalid(FieldError.body(
                    "$.afterMonths", forEver ? "this kind is kept for ever: no period" : "a period is required"));
        }
        action = change.action();
        afterMonths = change.afterMonths();
        enabled = change.enabled();
        updatedBy = by;
        updatedAt = now;
    }

    long version() {
        return version;
    }

    RetentionRuleView view() {
        return new RetentionRuleView(
                id, code, recordKind, situation, action, afterMonths, enabled, rationale, updatedAt, version);
    }
}
