package vn.ttcs.learn;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.ttcs.learn.content.CurriculumImport;
import vn.ttcs.learn.identity.FirstAdministrator;
import vn.ttcs.learn.organisation.UnitRegistryImport;

/**
 * What happens on every start, before the server takes requests: the database schema is migrated (Flyway, when
 * the data source opens), the organisation registry and the curriculum are imported from content/, and a first administrator is
 * made if there is none. Invalid content stops the start with every problem listed.
 */
@Singleton
class PlatformStartup {

    private final UnitRegistryImport unitRegistry;
    private final CurriculumImport curriculum;
    private final FirstAdministrator firstAdministrator;

    PlatformStartup(UnitRegistryImport unitRegistry, CurriculumImport curriculum,
                    FirstAdministrator firstAdministrator) {
        this.unitRegistry = unitRegistry;
        this.curriculum = curriculum;
        this.firstAdministrator = firstAdministrator;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        unitRegistry.run();
        curriculum.run();
        firstAdministrator.ensure();
    }
}
