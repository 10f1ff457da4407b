package org.mrc.casework.client;

import java.util.UUID;

/**
 * A client as another feature may refer to it: its id, owning office, and how much the current caller may see and
 * whether they may change what hangs off it.
 */
public record ClientRef(UUID id, UUID officeId, Tier ceiling, boolean writable) {}
