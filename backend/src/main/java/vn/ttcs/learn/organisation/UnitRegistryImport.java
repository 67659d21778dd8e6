package vn.ttcs.learn.organisation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.content.ContentLocation;
import vn.ttcs.learn.content.ContentProblems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Brings the unit table in line with the registry file. Unchanged units are not written; units that disappear
 * from the file are kept (users and certificates still point at them) and reported. An administrator's change of
 * a target survives until the file's own target for that unit changes.
 */
@Singleton
public class UnitRegistryImport {

    private static final Logger LOG = LoggerFactory.getLogger(UnitRegistryImport.class);

    public record Outcome(int added, int changed, int unchanged) {
    }

    private final ContentLocation content;
    private final UnitRepository units;

    UnitRegistryImport(ContentLocation content, UnitRepository units) {
        this.content = content;
        this.units = units;
    }

    @Transactional
    public Outcome run() {
        Path file = content.root().resolve(UnitRegistryFile.PATH);
        if (!Files.exists(file)) {
            throw new IllegalStateException("The organisation registry " + UnitRegistryFile.PATH
                    + " is missing from the content folder " + content.root().toUri());
        }
        ContentProblems problems = new ContentProblems();
        List<Unit> declared = UnitRegistryFile.read(read(file), problems);
        problems.throwIfAny("The organisation registry");
        int added = 0;
        int changed = 0;
        for (Unit unit : declared) {
            var existing = units.findById(unit.code());
            if (existing.isEmpty()) {
                units.save(unit);
                added++;
                continue;
            }
            Unit merged = keepAdministratorTarget(existing.get(), unit);
            if (!merged.equals(existing.get())) {
                units.update(merged);
                changed++;
            }
        }
        var declaredCodes = declared.stream().map(Unit::code).toList();
        units.findAll().forEach(u -> {
            if (!declaredCodes.contains(u.code())) {
                LOG.warn("Unit '{}' is in the database but no longer in {}; it is kept for historical records",
                        u.code(), UnitRegistryFile.PATH);
            }
        });
        Outcome outcome = new Outcome(added, changed, declared.size() - added - changed);
        LOG.info("Organisation registry: {} units added, {} changed, {} unchanged", outcome.added(), outcome.changed(),
                outcome.unchanged());
        return outcome;
    }

    private static Unit keepAdministratorTarget(Unit stored, Unit declared) {
        boolean fileTargetChanged = !Objects.equals(stored.registryTarget(), declared.registryTarget());
        return fileTargetChanged ? declared : declared.withTarget(stored.target());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
