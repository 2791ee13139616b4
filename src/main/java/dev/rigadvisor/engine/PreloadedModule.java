package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.InputFile;
import dev.rigadvisor.catalog.ReplacedFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A compiled rule module that the launcher puts on the class path, so its classes load with the application's
 * (and come from the class-data-sharing archive) instead of being read from a jar at every start.
 *
 * <p>The launcher names the module file ({@code -Drig.rules.preloaded=FILE}) and the rules folder it is kept for
 * ({@code -Drig.rules.preloaded.for=DIR}). The classes on the class path are used only when the module says it was
 * compiled from the rules being loaded (its key) and matches the checksum of the module in the cache; anything
 * else is loaded apart from it (see {@link ModuleLoader}). After the kept-for folder's rules are loaded from the
 * cache or compiled, the file is replaced with their module, for the next start.
 */
final class PreloadedModule {

    /** The module's key, written into every module jar; see {@link CompiledRules}. */
    static final String KEY_RESOURCE = "META-INF/rig-advisor/rules.key";

    private final Path file;
    private final Path keptFor;

    private PreloadedModule(Path file, Path keptFor) {
        this.file = file;
        this.keptFor = keptFor;
    }

    /** The module the launcher named, if it named one. */
    static Optional<PreloadedModule> named() {
        String file = System.getProperty("rig.rules.preloaded");
        String keptFor = System.getProperty("rig.rules.preloaded.for");
        if (file == null || file.isBlank() || keptFor == null || keptFor.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PreloadedModule(Path.of(file), Path.of(keptFor)));
    }

    /**
     * The application class loader, if the module on its class path is the one cached under {@code key}: the
     * key it carries matches, and the file matches the cache entry's checksum (its length and CRC-32C).
     */
    Optional<ClassLoader> loaderFor(String key, CompiledRules.Entry cached) {
        ClassLoader app = PreloadedModule.class.getClassLoader();
        URL marker = app.getResource(KEY_RESOURCE);
        if (marker == null || !marker.toString().contains(file.getFileName().toString())) {
            return Optional.empty();
        }
        try (InputStream in = marker.openStream()) {
            if (!key.equals(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()) || !cached.holds(file)) {
                return Optional.empty();
            }
            return Optional.of(app);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the launcher keeps this module for these rules. */
    boolean keptFor(Path rulesDir) {
        try {
            return Files.isSameFile(rulesDir, keptFor);
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the cached module the one the next start puts on the class path; best effort. */
    void replaceWith(CompiledRules.Entry cached) {
        try {
            if (cached.holds(file)) {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            ReplacedFile.write(file, InputFile.bytes(cached.jar(), CompiledRules.MAX_CACHED_BYTES));
        } catch (IOException | BadInput e) {
            // the next start loads the rules from the cache instead, only more slowly
        }
    }
}
