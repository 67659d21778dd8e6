package vn.ttcs.learn;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.content.ContentImport;
import vn.ttcs.learn.content.ContentImportRepository;
import vn.ttcs.learn.content.ContentLocation;
import vn.ttcs.learn.content.CurriculumImport;
import vn.ttcs.learn.content.CurriculumReader;
import vn.ttcs.learn.identity.FirstAdministrator;
import vn.ttcs.learn.organisation.UnitRegistryImport;

import java.time.Instant;

/**
 * What happens on every start, before the server takes requests: the database schema is migrated (Flyway, when
 * the data source opens), the organisation registry and the curriculum are imported from content/, and a first
 * administrator is made if there is none. Invalid content stops the start with every problem listed.
 *
 * <p>The content is imported only when it changed since the last import (a fingerprint of its files is kept in the
 * database), so a restart with the same content reads and parses nothing. Instances that start together take turns
 * on the row that holds the fingerprint: one imports, the others then find the content imported. The importers (and
 * the repositories and JSON mapper they use) are made only when there is something to import, which a restart with
 * unchanged content therefore does not pay for.
 */
@Singleton
class PlatformStartup {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStartup.class);

    private final ContentLocation content;
    private final ContentImportRepository imports;
    private final BeanProvider<UnitRegistryImport> unitRegistry;
    private final BeanProvider<CurriculumImport> curriculum;
    private final FirstAdministrator firstAdministrator;

    PlatformStartup(ContentLocation content, ContentImportRepository imports,
                    BeanProvider<UnitRegistryImport> unitRegistry, BeanProvider<CurriculumImport> curriculum,
                    FirstAdministrator firstAdministrator) {
        this.content = content;
        this.imports = imports;
        this.unitRegistry = unitRegistry;
        this.curriculum = curriculum;
        this.firstAdministrator = firstAdministrator;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        ContentImport last = imports.findByIdForUpdate(ContentImport.CONTENT).orElseThrow();
        String fingerprint = CurriculumReader.fingerprint(content.root());
        if (fingerprint.equals(last.fingerprint())) {
            LOG.info("Content unchanged since its import at {}: not read again", last.importedAt());
        } else {
            unitRegistry.get().run();
            curriculum.get().run();
            imports.update(last.imported(fingerprint, Instant.now()));
        }
        firstAdministrator.ensure();
    }
}
