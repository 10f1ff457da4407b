package org.mrc.casework.consent;

/**
 * What a consent lets the centre do with the client's data, and whether it names a recipient: sharing with a partner
 * always names one (an organisation, a partner type or an office); service delivery and statistics are the centre's own use
 * and name none; follow-up contact is by the centre unless a recipient is named. Sharing may also name one of the
 * network's own offices (a referral to another office's in-house offering); a case handover always names the office
 * that takes the case over.
 */
public enum ConsentPurpose {
    SERVICE_DELIVERY(Recipient.NONE),
    REFERRAL_SHARING(Recipient.REQUIRED),
    STATISTICS(Recipient.NONE),
    FOLLOW_UP_CONTACT(Recipient.OPTIONAL),
    /** The client agrees that their case moves to another office of the network, which the consent names. */
    CASE_HANDOVER(Recipient.OFFICE);

    /** Whether a consent for the purpose names a recipient. */
    enum Recipient {
        REQUIRED,
        OPTIONAL,
        NONE,
        /** One of the network's own offices, by id. */
        OFFICE
    }

    private final Recipient recipient;

    ConsentPurpose(Recipient recipient) {
        this.recipient = recipient;
    }

    Recipient recipient() {
        return recipient;
    }
}
