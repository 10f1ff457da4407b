/**
 * Partner organisations, their locations and contacts, and the services they offer (an HSDS-shaped directory). Other
 * features use {@code PartnerService}, {@code OfferingService}, the views and the enums.
 */
package org.mrc.casework.partner;
