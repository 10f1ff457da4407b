package org.mrc.casework.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mrc.casework.privacy.ClientRecords;

/** The registry's answers to {@link org.mrc.casework.privacy.ClientAccess}: the facts an access decision rests on. */
@ApplicationScoped
class RegistryRecords implements ClientRecords {

    private final ClientRepository clients;
    private final Clock clock;

    RegistryRecords(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Optional<Facts> find(UUID id) {
        return clients.findByIdOptional(id).map(this::facts);
    }

    @Override
    public Facts lock(UUID id) {
        Client client = clients.findById(id);
        clients.getEntityManager().refresh(client, LockModeType.PESSIMISTIC_WRITE);
        return facts(client);
    }

    @Override
    public void handOver(UUID id, UUID office) {
        clients.findById(id).handOverTo(office, clock.instant());
    }

    @Override
    public Map<UUID, UUID> officesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clients.byIds(ids).stream().collect(Collectors.toMap(Client::id, Client::officeId));
    }

    private Facts facts(Client client) {
        return new Facts(
                client.id(),
                client.officeId(),
                client.minorOn(LocalDate.now(clock)),
                client.mergedInto(),
                client.erased(),
                client.anonymised());
    }
}
