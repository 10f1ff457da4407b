/**
 * The subject-access report (GDPR Art. 15): everything the centre holds about one client, at every tier, and who
 * reached those records when and why, as JSON ({@code SubjectAccessReport}) and as a document a caseworker can hand
 * over ({@code SubjectAccessDocument}, labelled in the person's preferred language where labels exist). It gathers
 * from the features that hold the person's data (client registry, episodes, household, human capital, consents,
 * services, referrals, handovers, merges, the audit trail) through their {@code ClientRef}-taking service methods;
 * no feature depends on this package. {@code SubjectAccessService.TABLES} says which member of the report shows
 * each table linked to a client, and a test walks the schema's foreign keys so that a new table cannot escape it.
 */
package org.mrc.casework.subjectaccess;
