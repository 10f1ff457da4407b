/**
 * Household links between clients: recording, ending and reading them, with the related person shown by {@code
 * HouseholdMember}'s rule. Reaches the registry only through {@code ClientService} and {@code privacy.ClientAccess};
 * others may use {@code HouseholdService} and its views.
 */
package org.mrc.casework.client.household;
