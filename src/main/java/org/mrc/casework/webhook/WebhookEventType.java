package org.mrc.casework.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events a subscription can ask for. Each names a resource kind and where a receiver reads the resource: the
 * partner-facing path for partners' subscriptions, the staff path for internal ones. Partners may subscribe only to
 * the events that concern them ({@link #forPartners}).
 */
public enum WebhookEventType {
    /** A referral reached the partner (moved to requested). */
    REFERRAL_SENT("referral.sent", "referral", "/partner/referrals/", "/partner/referrals/", true),
    /** The referrer (or the partner's counterpart) cancelled a referral that had been sent. */
    REFERRAL_CANCELLED("referral.cancelled", "referral", "/partner/referrals/", "/partner/referrals/", true),
    /** A sent referral got no answer by its due date and the service cancelled it. */
    REFERRAL_EXPIRED("referral.expired", "referral", "/partner/referrals/", "/partner/referrals/", true),
    /** The client withdrew the consent that covered a sent referral; the service cancelled it. */
    REFERRAL_WITHDRAWN("referral.withdrawn", "referral", "/partner/referrals/", "/partner/referrals/", true),
    /** A referral's personal data was erased under the retention rules; the partner should erase its copy. */
    REFERRAL_ERASED("referral.erased", "referral", "/partner/referrals/", "/partner/referrals/", true),
    /** An offering's terms or status changed. */
    OFFERING_CHANGED("offering.changed", "offering", "/partner/offerings/", "/offerings/", true),
    /** The reporting rollups were rebuilt (internal subscriptions only). */
    REPORT_REFRESHED("report.refreshed", "report-refresh", null, "/reports/caseload", false);

    private final String wire;
    private final String resourceType;
    private final String partnerPath;
    private final String staffPath;
    private final boolean forPartners;

    WebhookEventType(String wire, String resourceType, String partnerPath, String staffPath, boolean forPartners) {
        this.wire = wire;
        this.resourceType = resourceType;
        this.partnerPath = partnerPath;
        this.staffPath = staffPath;
        this.forPartners = forPartners;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String resourceType() {
        return resourceType;
    }

    public boolean forPartners() {
        return forPartners;
    }

    /**
     * The path (without base URL) where a subscriber of this kind reads the resource; a path ending in a slash takes
     * the resource id (a report refresh is read through the reports themselves).
     */
    String path(boolean partnerSubscriber, String resourceId) {
        String path = partnerSubscriber ? partnerPath : staffPath;
        return path.endsWith("/") ? path + resourceId : path;
    }

    public static Optional<WebhookEventType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
