/**
 * Consent records of a client and the one check "may this recipient see category Y of client Z" ({@code
 * ConsentCheck}). Other features use {@code ConsentService}, {@code ConsentCheck}, the views and the enums.
 */
package org.mrc.casework.consent;
