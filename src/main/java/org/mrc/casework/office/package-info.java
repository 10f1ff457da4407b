/**
 * The centre and municipal desk hierarchy, and {@code OfficeScope}: which offices a caller's records are in. Other
 * features use {@code OfficeService}, {@code OfficeScope}, the views and {@code OfficeKind}.
 */
package org.mrc.casework.office;
