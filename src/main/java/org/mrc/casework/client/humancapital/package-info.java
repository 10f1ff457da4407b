/**
 * A client's human capital: diplomas and their recognition abroad, skills, languages and employment history. Reaches
 * the registry only through {@code privacy.ClientAccess}; others may use {@code HumanCapitalService} and its views.
 */
package org.mrc.casework.client.humancapital;
