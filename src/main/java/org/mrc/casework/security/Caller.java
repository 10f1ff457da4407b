package org.mrc.casework.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the token subject, its roles, and the office code (staff) or partner organisation id (partners)
 * taken from the configured claims. Never holds personal data about the caller beyond the subject id.
 */
public record Caller(String subject, Set<String> roles, Optional<String> officeCode, Optional<String> partnerId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
