package org.mrc.casework.consent;

/**
 * What a consent lets the centre do with the client's data, and whether it names a recipient: sharing with a partner
 * always names one (an organisation or a partner type); service delivery and statistics are the centre's own use
 * and name none; follow-up contact is by the centre unless a recipient is named.
 */
public enum ConsentPurpose {
    SERVICE_DELIVERY(Recipient.NONE),
    REFERRAL_SHARING(Recipient.REQUIRED),
    STATISTICS(Recipient.NONE),
    FOLLOW_UP_CONTACT(Recipient.OPTIONAL);

    /** Whether a consent for the purpose names a recipient. */
    enum Recipient {
        REQUIRED,
        OPTIONAL,
        NONE
    }

    private final Recipient recipient;

    ConsentPurpose(Recipient recipient) {
        this.recipient = recipient;
    }

    Recipient recipient() {
        return recipient;
    }
}
