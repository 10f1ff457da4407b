package org.mrc.casework.partner;

/**
 * The kinds of partner organisation a centre refers people to. A consent may name a kind instead of one
 * organisation ("any training provider"), so the type is known before the partner directory exists.
 */
public enum PartnerType {
    NGO,
    MIGRANT_DIASPORA_ASSOCIATION,
    COOPERATIVE,
    FINANCIAL_INSTITUTION,
    EMPLOYER,
    PRIVATE_EMPLOYMENT_AGENCY,
    TRADE_UNION,
    TRAINING_PROVIDER,
    HEALTH_PROVIDER,
    SCHOOL,
    NATIONAL_AGENCY,
    MUNICIPAL_OFFICE,
    INTERNATIONAL_ORGANISATION,
    OTHER_RESOURCE_CENTRE
}
