package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.InputFile;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The knowledge base built from the DRL files of a rules folder, read at run time so an edit takes effect
 * on the next run (a base is built once per distinct text in a process). Build problems are reported at the DRL
 * file and line. {@link #build} compiles the DRL; {@link #load} keeps the compiled rules in a cache folder (see
 * {@link CompiledRules}).
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;
    private final Map<String, RuleInfo> byName;
    private final boolean compiled;
    private final KieSessionsPool sessions;

    /** {@code byName} holds every rule of the knowledge base under its {@link #ruleKey}. */
    RuleBase(KieBase kieBase, Map<String, RuleInfo> byName, List<RuleProblem> warnings, boolean compiled) {
        this.kieBase = kieBase;
        this.compiled = compiled;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.byName = Map.copyOf(byName);
        List<RuleInfo> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        this.rules = List.copyOf(sorted);
        this.warnings = List.copyOf(warnings);
    }

    static String ruleKey(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    /**
     * The rules of a folder, compiled once and kept under {@code cacheDir} keyed by a hash of the DRL files:
     * an edited rule is compiled again on the next run, a corrupt cache is rebuilt, and errors point at the
     * DRL file and line as with {@link #build}.
     */
    public static RuleBase load(Path rulesDir, Path cacheDir) {
        return new CompiledRules(rulesDir, cacheDir).load();
    }

    /**
     * When the launcher has put a compiled module on the class path, starts loading these rules at once on a
     * daemon thread (if they are compiled already), so a later {@link #load} of them waits less.
     */
    public static void preload(Path rulesDir, Path cacheDir) {
        if (PreloadedModule.named().isPresent()) {
            new CompiledRules(rulesDir, cacheDir).preload();
        }
    }

    /** The cache folder {@link #load} uses unless told otherwise: $RIG_CACHE, else the user's cache folder. */
    public static Path defaultCacheDir() {
        return CompiledRules.defaultCacheDir();
    }

    /** The last few bases built in this process, by their files' paths and contents: the same text builds once. */
    private static final Map<String, RuleBase> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > 4;
        }
    };

    public static RuleBase build(Path rulesDir) {
        List<Path> files = drlFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RulesDoNotBuild(List.of(new RuleProblem(rulesDir.toString(), 0, 0, "error",
                    "no .drl files in the rules folder")));
        }
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (Path file : files) {
            sources.put(file.toString(), InputFile.bytes(file));
        }
        String key = key(sources);
        synchronized (BUILT) {
            RuleBase built = BUILT.get(key);
            if (built != null) {
                return built;
            }
        }
        RuleBase built = compile(rulesDir, sources);
        synchronized (BUILT) {
            BUILT.put(key, built);
        }
        return built;
    }

    private static RuleBase compile(Path rulesDir, Map<String, byte[]> sources) {
        KieHelper helper = new KieHelper();
        sources.forEach((path, text) -> {
            Resource resource = ResourceFactory.newByteArrayResource(text);
            resource.setSourcePath(path);
            resource.setResourceType(ResourceType.DRL);
            helper.addResource(resource, ResourceType.DRL);
        });
        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (Message m : helper.verify().getMessages()) {
            String text = ProblemLocation.shorten(clean(m.getText()));
            RuleProblem p = ProblemLocation.refine(new RuleProblem(m.getPath() == null ? rulesDir.toString()
                    : m.getPath(), m.getLine(), column(m, text), m.getLevel() == Message.Level.ERROR ? "error" : "warning",
                    text));
            (m.getLevel() == Message.Level.ERROR ? errors : warnings).add(p);
        }
        if (!errors.isEmpty()) {
            throw new RulesDoNotBuild(ProblemLocation.withoutEchoes(errors));
        }
        KieBase kieBase = helper.build();
        return new RuleBase(kieBase, describe(kieBase), warnings, false);
    }

    private static String key(Map<String, byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DRL files of a folder, in name order so the same folder always builds the same way. */
    public static List<Path> drlFiles(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new RulesDoNotBuild(List.of(new RuleProblem(rulesDir.toString(), 0, 0, "error",
                    "no such rules folder")));
        }
        try (Stream<Path> list = Files.list(rulesDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new RulesDoNotBuild(List.of(new RuleProblem(rulesDir.toString(), 0, 0, "error", e.getMessage())));
        }
    }

    /** Drools often gives column 0 and puts the real one in the text, as "Line 6:29". */
    private static int column(Message m, String text) {
        Matcher at = Pattern.compile("\\bLine " + m.getLine() + ":(\\d+)").matcher(text);
        return m.getColumn() == 0 && at.find() ? Integer.parseInt(at.group(1)) : m.getColumn();
    }

    static String clean(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.replaceFirst("^Rule Compilation error ", "");
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> out = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                out.put(ruleKey(rule), info(rule));
            }
        }
        return out;
    }

    static RuleInfo info(Rule rule) {
        String file = "";
        String phase = "";
        if (rule instanceof RuleImpl impl) {
            file = impl.getResource() == null ? "" : impl.getResource().getSourcePath();
            phase = impl.getAgendaGroup();
        }
        Object advice = rule.getMetaData().get("advice");
        Object source = rule.getMetaData().get("source");
        return new RuleInfo(rule.getName(), file, phase, advice == null ? "" : advice.toString(),
                source == null ? "" : source.toString());
    }

    /** The rule as this rule base describes it (with the DRL file it came from). */
    public RuleInfo describe(Rule rule) {
        RuleInfo known = byName.get(ruleKey(rule));
        return known != null ? known : info(rule);
    }

    /** The same rules with one more warning. */
    RuleBase withWarning(RuleProblem warning) {
        List<RuleProblem> more = new ArrayList<>(warnings);
        more.add(warning);
        return new RuleBase(kieBase, byName, more, compiled);
    }

    /** True when the rules run from the executable model (compiled, cacheable), false when from the DRL compiler. */
    public boolean compiled() {
        return compiled;
    }

    /**
     * An empty session to run the rules in; disposing it hands it back for the next consultation, which saves
     * building the network's memory again for every scenario of a batch.
     */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public List<RuleProblem> warnings() {
        return warnings;
    }
}
