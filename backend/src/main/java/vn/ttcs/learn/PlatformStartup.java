package vn.ttcs.learn;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.ttcs.learn.identity.FirstAdministrator;
import vn.ttcs.learn.organisation.UnitRegistryImport;

/**
 * What happens on every start, before the server takes requests: the database schema is migrated (Flyway, when
 * the data source opens), the organisation registry is imported from content/, and a first administrator is
 * made if there is none. Invalid content stops the start with every problem listed.
 */
@Singleton
class PlatformStartup {

    private final UnitRegistryImport unitRegistry;
    private final FirstAdministrator firstAdministrator;

    PlatformStartup(UnitRegistryImport unitRegistry, FirstAdministrator firstAdministrator) {
        this.unitRegistry = unitRegistry;
        this.firstAdministrator = firstAdministrator;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        unitRegistry.run();
        firstAdministrator.ensure();
    }
}
