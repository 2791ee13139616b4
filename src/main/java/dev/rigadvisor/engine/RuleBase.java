package dev.rigadvisor.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The knowledge base built from the DRL files of a rules folder, read at run time so an edit takes effect
 * on the next run. Build problems are reported at the DRL file and line.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> warnings) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.warnings = warnings;
    }

    public static RuleBase build(Path rulesDir) {
        List<Path> files = drlFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RulesDoNotBuild(List.of(new RuleProblem(rulesDir.toString(), 0, 0, "error",
                    "no .drl files in the rules folder")));
        }
        KieHelper helper = new KieHelper();
        for (Path file : files) {
            try {
                Resource resource = ResourceFactory.newByteArrayResource(Files.readAllBytes(file));
                resource.setSourcePath(file.toString());
                resource.setResourceType(ResourceType.DRL);
                helper.addResource(resource, ResourceType.DRL);
            } catch (IOException e) {
                throw new RulesDoNotBuild(List.of(new RuleProblem(file.toString(), 0, 0, "error",
                        "cannot read: " + e.getMessage())));
            }
        }
        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (Message m : helper.verify().getMessages()) {
            RuleProblem p = new RuleProblem(m.getPath() == null ? rulesDir.toString() : m.getPath(), m.getLine(),
                    m.getColumn(), m.getLevel() == Message.Level.ERROR ? "error" : "warning", clean(m.getText()));
            (m.getLevel() == Message.Level.ERROR ? errors : warnings).add(p);
        }
        if (!errors.isEmpty()) {
            throw new RulesDoNotBuild(errors);
        }
        KieBase kieBase = helper.build();
        return new RuleBase(kieBase, describe(kieBase), List.copyOf(warnings));
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

    private static String clean(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.replaceFirst("^Rule Compilation error ", "");
    }

    private static List<RuleInfo> describe(KieBase kieBase) {
        List<RuleInfo> out = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                out.add(info(rule));
            }
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(out);
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
