/**
 * The client registry: registering, finding, reading and correcting client records ({@code Client}, {@code
 * ClientService}, {@code ClientResource}), the client's current migration phase and its vocabulary ({@code
 * MigrationPhase}, {@code SubStage}), and the registry's answers to {@code privacy.ClientAccess}. Other features and
 * the sub-packages use {@code ClientService}, the views ({@code ClientView}, {@code ClientSummary}) and the enums;
 * never the {@code Client} entity or its repository.
 */
package org.mrc.casework.client;
