package org.mrc.casework.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact point of a partner organisation, kept in the organisation's order. */
@Embeddable
class PartnerContact {

    @Column(nullable = false)
    private String name;

    private String role;
    private String email;
    private String phone;

    protected PartnerContact() {}

    static PartnerContact of(DirectoryRequests.Contact contact) {
        PartnerContact c = new PartnerContact();
        c.name = contact.name();
        c.role = contact.role();
        c.email = contact.email();
        c.phone = contact.phone();
        return c;
    }

    DirectoryRequests.Contact view() {
        return new DirectoryRequests.Contact(name, role, email, phone);
    }
}
