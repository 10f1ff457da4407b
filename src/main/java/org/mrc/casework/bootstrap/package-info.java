/**
 * First start of an empty production database: creates the office tree, the partner organisations and catalogue
 * additions from an operator's file ({@code MRC_BOOTSTRAP_FILE}), so that the {@code office_code} and
 * {@code partner_id} values the identity provider hands out exist before the first staff member signs in. Uses the
 * office, partner and catalogue services only; nothing depends on this package.
 */
package org.mrc.casework.bootstrap;
