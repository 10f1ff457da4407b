/**
 * The service catalogue: service types (the code list), their categories, phases and territory side. Other features
 * use {@code CatalogueService}, {@code ServiceTypeView} and the enums.
 */
package org.mrc.casework.catalogue;
