package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.InputFile;
import dev.rigadvisor.catalog.ReplacedFile;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The rules of a folder compiled once to Drools' executable model and kept in a cache folder as a module jar,
 * so later runs load Java classes instead of compiling DRL. The cache key is a hash of every DRL file, the
 * advisor's own code and the Drools version, so an edit to a rule builds a new module on the next run; a
 * module whose checksum does not match, or that does not load, is rebuilt. DRL errors are reported by the
 * DRL compiler, at the file and line, exactly as {@link RuleBase#build} reports them.
 */
final class CompiledRules {

    /** Where the executable-model build lists the rule classes of the module (group dev.rigadvisor, artifact rules). */
    private static final String MODEL_LIST = "META-INF/kie/dev.rigadvisor/rules/drools-model";
    private static final String JAVA_LEVEL = "drools.dialect.java.compiler.lnglevel";
    private static final String DROOLS_VERSION = String.valueOf(Model.class.getPackage().getImplementationVersion());

    /** The most a cached module's file may hold (a module of the shipped rules is about 1.6 MB). */
    static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    /** How many compiled modules a cache folder keeps: the rules as they are, and recent edits to go back to. */
    private static final int KEPT_MODULES = 8;

    private final Path rulesDir;
    private final Path cacheDir;

    CompiledRules(Path rulesDir, Path cacheDir) {
        this.rulesDir = rulesDir;
        this.cacheDir = cacheDir;
    }

    /** The default cache folder: $RIG_CACHE, else $XDG_CACHE_HOME/rig-advisor, else ~/.cache/rig-advisor. */
    static Path defaultCacheDir() {
        String rig = System.getenv("RIG_CACHE");
        if (rig != null && !rig.isBlank()) {
            return Path.of(rig);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rig-advisor");
    }

    RuleBase load() {
        List<Path> files = RuleBase.drlFiles(rulesDir);
        if (files.isEmpty()) {
            return RuleBase.build(rulesDir);
        }
        return loadOnce(files, key(files));
    }

    /** The rules under this key, loaded once per process: a load in progress (a preload) is waited for. */
    private RuleBase loadOnce(List<Path> files, String key) {
        String loadedKey = rulesDir + "\n" + cacheDir + "\n" + key;
        synchronized (LOADING.computeIfAbsent(loadedKey, k -> new Object())) {
            synchronized (LOADED) {
                RuleBase known = LOADED.get(loadedKey);
                if (known != null) {
                    return known;
                }
            }
            return load(files, key, loadedKey);
        }
    }

    /**
     * Starts loading the rules on a daemon thread if a module for them is in the cache, so that a command which
     * then loads them finds them loaded or waits for the same load. Rules never compiled are left to the command.
     */
    void preload() {
        Thread loader = new Thread(() -> {
            try {
                List<Path> files = RuleBase.drlFiles(rulesDir);
                if (!files.isEmpty()) {
                    String key = key(files);
                    if (Files.isRegularFile(new Entry(cacheDir, key).checksum())) {
                        loadOnce(files, key);
                    }
                }
            } catch (RuntimeException e) {
                // the command's own load reports it
            }
        }, "rule-preloader");
        loader.setDaemon(true);
        loader.start();
    }

    private static final Map<String, Object> LOADING = new ConcurrentHashMap<>();

    private RuleBase load(List<Path> files, String key, String loadedKey) {
        Entry entry = new Entry(cacheDir, key);
        Optional<PreloadedModule> preloaded = PreloadedModule.named();
        RuleBase rules = entry.read(key)
                .flatMap(index -> preloaded.flatMap(p -> p.loaderFor(key, entry)).flatMap(app -> open(app, index))
                        .or(() -> open(entry, index)))
                .orElseGet(() -> compile(files, entry, key));
        if (rules.compiled()) {
            synchronized (LOADED) {
                LOADED.put(loadedKey, rules);
            }
            preloaded.filter(p -> p.keptFor(rulesDir)).ifPresent(p -> p.replaceWith(entry));
        }
        return rules;
    }

    /** The last few rule bases loaded in this process (tests, a batch, a bench), by folders and key. */
    private static final Map<String, RuleBase> LOADED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > 4;
        }
    };

    /** The three files of one cached module: the jar, the rule index and their checksum, written last. */
    record Entry(Path jar, Path index, Path checksum) {

        Entry(Path dir, String key) {
            this(dir.resolve("rules-" + key + ".jar"), dir.resolve("rules-" + key + ".index"),
                    dir.resolve("rules-" + key + ".crc"));
        }

        /**
         * The index lines, if all three files are there, the checksum matches, and the module carries {@code key}:
         * it was compiled from the rules being loaded (a module copied from another key's slot is not trusted).
         */
        Optional<List<String>> read(String key) {
            try {
                byte[] indexBytes = cached(index);
                if (!matches(jar, indexBytes) || !carries(jar, key)) {
                    return Optional.empty();
                }
                return Optional.of(new String(indexBytes, StandardCharsets.UTF_8).lines().toList());
            } catch (IOException | UncheckedIOException | BadInput e) {
                return Optional.empty();
            }
        }

        /** Whether a module jar records {@code key} as the key of the rules it was compiled from. */
        static boolean carries(Path jarFile, String key) {
            try (ZipFile zip = new ZipFile(jarFile.toFile())) {
                ZipEntry recorded = zip.getEntry(PreloadedModule.KEY_RESOURCE);
                if (recorded == null || recorded.getSize() > 1024) {
                    return false;
                }
                try (InputStream in = zip.getInputStream(recorded)) {
                    return key.equals(new String(in.readNBytes(1024), StandardCharsets.UTF_8).trim());
                }
            } catch (IOException e) {
                return false;
            }
        }

        /** A cache file's bytes: a regular file of at most {@link #MAX_CACHED_BYTES}. */
        private static byte[] cached(Path file) {
            return InputFile.bytes(file, MAX_CACHED_BYTES);
        }

        /**
         * Whether a jar file holds this entry's module: with the index, it has the checksum recorded for the cached
         * jar. A CRC, not a byte comparison: the interpreter compares 1.3 MB slowly, and CRC-32C runs as native code.
         */
        boolean holds(Path file) {
            try {
                return matches(file, cached(index));
            } catch (IOException | BadInput e) {
                return false;
            }
        }

        /** Whether the jar file and these index bytes have the checksum written for this entry (and both exist). */
        private boolean matches(Path jarFile, byte[] indexBytes) throws IOException {
            return Files.isRegularFile(checksum) && Files.isRegularFile(jarFile)
                    && checksum(cached(jarFile), indexBytes).equals(new String(cached(checksum), StandardCharsets.UTF_8).trim());
        }

        void write(byte[] jarBytes, List<String> indexLines) {
            byte[] indexBytes = (String.join("\n", indexLines) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                Files.createDirectories(jar.getParent());
                Files.deleteIfExists(checksum);
                ReplacedFile.write(jar, jarBytes);
                ReplacedFile.write(index, indexBytes);
                ReplacedFile.write(checksum, checksum(jarBytes, indexBytes).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // A cache that cannot be written only costs speed: the next run compiles again.
            }
        }

        /**
         * Removes all but the {@code keep} most recently written modules of the folder (this one always stays), so
         * a folder of rules edited many times does not fill the disk. A process still using a removed module keeps
         * its open file; one about to open it finds it gone and compiles again.
         */
        void pruneOthers(int keep) {
            Path dir = checksum.getParent();
            try (Stream<Path> list = Files.list(dir)) {
                List<Path> others = list.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]+\\.crc"))
                        .filter(p -> !p.equals(checksum))
                        .sorted(Comparator.comparing(Entry::writtenAt).reversed()).toList();
                for (Path old : others.subList(Math.min(others.size(), keep - 1), others.size())) {
                    String stem = old.getFileName().toString().replaceFirst("\\.crc$", "");
                    Files.deleteIfExists(old);
                    Files.deleteIfExists(dir.resolve(stem + ".jar"));
                    Files.deleteIfExists(dir.resolve(stem + ".index"));
                }
            } catch (IOException | UncheckedIOException e) {
                // pruning is tidying only
            }
        }

        private static long writtenAt(Path file) {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }

        void discard() {
            try {
                Files.deleteIfExists(checksum);
            } catch (IOException e) {
                // the checksum no longer matching will make the next run compile again anyway
            }
        }

        private static String checksum(byte[] jarBytes, byte[] indexBytes) {
            CRC32C crc = new CRC32C();
            crc.update(jarBytes);
            crc.update(indexBytes);
            return Long.toHexString(crc.getValue()) + "-" + jarBytes.length + "-" + indexBytes.length;
        }
    }

    /** Loads a cached module; empty if it does not load, so the caller compiles afresh. */
    private Optional<RuleBase> open(Entry entry, List<String> index) {
        try {
            Optional<RuleBase> rules = open(new ModuleLoader(entry.jar().toUri().toURL(),
                    CompiledRules.class.getClassLoader()), index);
            if (rules.isEmpty()) {
                entry.discard();
            }
            return rules;
        } catch (IOException e) {
            entry.discard();
            return Optional.empty();
        }
    }

    /** The rules of the module a class loader holds; empty if they do not load. */
    private Optional<RuleBase> open(ClassLoader loader, List<String> index) {
        try {
            List<Model> models = new ArrayList<>();
            for (String className : modelClasses(loader)) {
                models.add((Model) loader.loadClass(className).getDeclaredConstructor().newInstance());
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
            return Optional.of(ruleBase(kieBase, index));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    private static List<String> modelClasses(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IOException("no model list in the cached module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).sorted().toList();
        }
    }

    /** Compiles the DRL to the executable model and caches it; falls back to the DRL compiler for errors. */
    private RuleBase compile(List<Path> files, Entry entry, String key) {
        KieServices services = KieServices.get();
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(services.newReleaseId("dev.rigadvisor", "rules", "1"));
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (Path file : files) {
            sources.put(file.getFileName().toString(), InputFile.bytes(file));
        }
        sources.forEach((name, bytes) -> kfs.write("src/main/resources/" + name, bytes));
        KieBuilder builder;
        try {
            builder = buildAsJava8(() -> services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class));
        } catch (RuntimeException e) {
            return uncompiled("the executable model compiler failed: " + e);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // The DRL compiler reports the same problems at their file and line (and throws); if it builds after
            // all, the executable model does not support something these rules use, and they run uncompiled.
            return uncompiled(RuleBase.clean(errors.get(0).getPath() + ":" + errors.get(0).getLine() + ": "
                    + errors.get(0).getText()));
        }
        List<String> index = new ArrayList<>();
        sources.forEach((name, bytes) -> ruleNames(name, bytes).forEach(rule -> index.add("rule\t" + rule + "\t" + name)));
        for (Message m : builder.getResults().getMessages(Message.Level.WARNING)) {
            String path = m.getPath() == null ? "" : Path.of(m.getPath()).getFileName().toString();
            index.add("warning\t" + path + "\t" + m.getLine() + "\t" + m.getColumn() + "\t" + RuleBase.clean(m.getText()));
        }
        byte[] module = withKey(((InternalKieModule) builder.getKieModule()).getBytes(), key);
        entry.write(module, index);
        entry.pruneOthers(KEPT_MODULES);
        return entry.read(key).flatMap(lines -> open(entry, lines)).orElseGet(() -> openUncached(module, index));
    }

    /** The module jar with its key added, by which a module on the class path is recognised. */
    private static byte[] withKey(byte[] module, String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(module.length + 256);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(module));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(PreloadedModule.KEY_RESOURCE));
            zip.write((key + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cache folder cannot be written: use the module just compiled from a temporary file. */
    private RuleBase openUncached(byte[] module, List<String> index) {
        try {
            Path dir = Files.createTempDirectory("rig-rules");
            Entry entry = new Entry(dir, "uncached");
            Files.write(entry.jar(), module);
            entry.jar().toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return open(entry, index).orElseGet(() -> uncompiled("the compiled module does not load"));
        } catch (IOException e) {
            return uncompiled("cannot write the compiled module: " + e.getMessage());
        }
    }

    /**
     * Builds with the generated Java compiled at language level 8, so its string concatenation needs no
     * invokedynamic linking when a short-lived run first fires a rule.
     */
    private static KieBuilder buildAsJava8(Supplier<KieBuilder> build) {
        String previous = System.getProperty(JAVA_LEVEL);
        System.setProperty(JAVA_LEVEL, "1.8");
        try {
            return build.get();
        } finally {
            if (previous == null) {
                System.clearProperty(JAVA_LEVEL);
            } else {
                System.setProperty(JAVA_LEVEL, previous);
            }
        }
    }

    /** The rules built by the DRL compiler, every run, with a warning saying why they could not be compiled. */
    private RuleBase uncompiled(String why) {
        RuleBase rules = RuleBase.build(rulesDir);
        return rules.withWarning(new RuleProblem(rulesDir.toString(), 0, 0, "warning",
                "the rules run uncompiled (slow start): Drools' executable model cannot compile them: " + why));
    }

    /** "package\trule" for each rule of a DRL file, as the parser reads it. */
    private static List<String> ruleNames(String name, byte[] bytes) {
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg = parser.parse(false, new String(bytes, StandardCharsets.UTF_8));
            if (pkg == null) {
                return List.of();
            }
            return pkg.getRules().stream().map(RuleDescr::getName).map(rule -> pkg.getName() + "\t" + rule).toList();
        } catch (DroolsParserException e) {
            throw new RulesDoNotBuild(List.of(new RuleProblem(name, 0, 0, "error", e.getMessage())));
        }
    }

    private RuleBase ruleBase(KieBase kieBase, List<String> index) {
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (String line : index) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("rule") && f.length == 4) {
                fileOf.put(f[1] + "\t" + f[2], rulesDir.resolve(f[3]).toString());
            } else if (f[0].equals("warning") && f.length == 5) {
                warnings.add(new RuleProblem(f[1].isEmpty() ? rulesDir.toString() : rulesDir.resolve(f[1]).toString(),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), "warning", f[4]));
            }
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf.get(pkg.getName() + "\t" + rule.getName());
                if (file != null && rule instanceof RuleImpl impl && impl.getResource() == null) {
                    // the executable model keeps no source: name the DRL file as the DRL compiler does
                    Resource source = ResourceFactory.newByteArrayResource(new byte[0]);
                    source.setSourcePath(file);
                    impl.setResource(source);
                }
                rules.put(RuleBase.ruleKey(rule), RuleBase.info(rule));
            }
        }
        return new RuleBase(kieBase, rules, warnings, true);
    }

    /**
     * The key of the rules: a SHA-256 of the DRL files (names and contents), the advisor's build and the Drools
     * version. It names the module's files in the cache and is recorded inside the module, which is trusted only
     * when the two agree.
     */
    private static String key(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("drools " + DROOLS_VERSION + "\ncode " + codeFingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(InputFile.bytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled rules call the fact classes: a new build of the advisor gets new modules. */
    private static String codeFingerprint() throws IOException {
        Path code;
        try {
            code = Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        if (Files.isRegularFile(code)) {
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        }
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(code)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                out.append(code.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return out.toString();
    }
}
