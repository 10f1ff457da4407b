/**
 * Referrals of clients to partner organisations, their status events (the transitions and who may make each are
 * {@code ReferralTransitions}), outcomes and the partner-facing feed. Other features use {@code ReferralService},
 * the views and the enums.
 */
package org.mrc.casework.referral;
