/**
 * Eligibility: whether a client meets the rules an offering states as data ({@code partner.EligibilityRules}, with the
 * terms' age range and languages), checked when a client is enrolled in an offering (a referral is created; a
 * coordinator may override with a reason, audited), and the offerings suggested for a client, ranked, each with the
 * rules it matched. Reads the client only through {@code ClientAccess} and the projected view, so what the caller may
 * not see never decides anything. Other features use {@code EligibilityService} and its records.
 */
package org.mrc.casework.eligibility;
