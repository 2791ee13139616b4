package dev.rigadvisor.guidance;

import dev.rigadvisor.catalog.InputFile;
import dev.rigadvisor.advice.Step;
import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.engine.RuleBase;
import dev.rigadvisor.engine.RuleInfo;
import dev.rigadvisor.engine.RuleProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on rules that build: each cites known advice IDs and a source, names are unique across files, each
 * fires in at least one shipped scenario, and no two rules of one phase reach opposite conclusions about the
 * same machine without a salience to order them. Every finding is a warning at the rule's DRL file and line.
 *
 * <p>The opposite-conclusions check is a heuristic over the scenarios' trails: in one scenario, rule A
 * concluded a blocking {@code Rejection} of a machine while rule B concluded a positive {@code ScoreTerm} or the
 * {@code Choice} of the same machine, the two firings matched the same kinds of fact (the same patterns),
 * both rules are in the same agenda group, and both have the default salience. It does not read the rules' logic, so it finds only conflicts that the scenarios exercise.
 */
public final class RuleLint {

    private static final Pattern RULED_OUT = Pattern.compile("^Rejection (\\S+) \\(blocking\\)");
    /** The trail labels of the conclusions (engine.FactLabel): "Choice H", "ScoreTerm H[/W] TERM +N: why". */
    private static final Pattern FAVOURED = Pattern.compile("^(?:Choice (\\S+)|ScoreTerm ([^\\s/]+)\\S* \\S+ \\+)");

    private final RuleBase rules;
    private final AdviceRegistry registry;
    private final Map<String, List<String>> fileLines = new HashMap<>();

    public RuleLint(RuleBase rules, AdviceRegistry registry) {
        this.rules = rules;
        this.registry = registry;
    }

    /** Every finding; {@code runs} is empty when no scenarios were run, which skips the two trail checks. */
    public List<RuleProblem> findings(List<ScenarioSweep.Run> runs) {
        List<RuleProblem> out = new ArrayList<>();
        citations(out);
        uniqueNames(out);
        if (!runs.isEmpty()) {
            deadRules(runs, out);
            oppositeConclusions(runs, out);
        }
        return out;
    }

    private void citations(List<RuleProblem> out) {
        for (RuleInfo rule : rules.rules()) {
            if (rule.adviceIds().isEmpty()) {
                out.add(at(rule, "rule \"" + rule.name() + "\" cites no advice ID (@advice)"));
            }
            for (String id : rule.adviceIds()) {
                if (registry.find(id).isEmpty()) {
                    out.add(at(rule, "rule \"" + rule.name() + "\" cites "
                            + NearestName.hint("advice ID", id, registry.ids())));
                }
            }
            if (rule.source().isBlank()) {
                out.add(at(rule, "rule \"" + rule.name() + "\" cites no source (@source)"));
            }
        }
    }

    private void uniqueNames(List<RuleProblem> out) {
        Map<String, List<RuleInfo>> byName = new TreeMap<>();
        rules.rules().forEach(r -> byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        byName.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            for (RuleInfo rule : same) {
                List<String> others = same.stream().filter(o -> o != rule).map(this::place).toList();
                out.add(at(rule, "rule name \"" + rule.name() + "\" is also used at " + String.join(", ", others)));
            }
        });
    }

    private void deadRules(List<ScenarioSweep.Run> runs, List<RuleProblem> out) {
        Set<String> fired = new TreeSet<>();
        runs.forEach(run -> run.card().trail().forEach(step -> fired.add(key(step.file(), step.rule()))));
        for (RuleInfo rule : rules.rules()) {
            if (!fired.contains(key(rule.file(), rule.name()))) {
                out.add(at(rule, "rule \"" + rule.name() + "\" never fired in the " + runs.size() + " scenario(s)"));
            }
        }
    }

    private void oppositeConclusions(List<ScenarioSweep.Run> runs, List<RuleProblem> out) {
        Map<String, Integer> salience = salience();
        Map<String, RuleInfo> byKey = new HashMap<>();
        rules.rules().forEach(r -> byKey.put(key(r.file(), r.name()), r));
        Map<String, String> pairs = new LinkedHashMap<>();
        for (ScenarioSweep.Run run : runs) {
            Map<String, Set<Conclusion>> ruledOut = new TreeMap<>();
            Map<String, Set<Conclusion>> favoured = new TreeMap<>();
            for (Step step : run.card().trail()) {
                Conclusion c = new Conclusion(key(step.file(), step.rule()), patterns(step.facts()));
                for (String fact : step.concluded()) {
                    hardware(RULED_OUT, fact).ifPresent(h -> ruledOut.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(c));
                    hardware(FAVOURED, fact).ifPresent(h -> favoured.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(c));
                }
            }
            ruledOut.forEach((hw, against) -> favoured.getOrDefault(hw, Set.of()).forEach(pro -> against.forEach(con -> {
                RuleInfo ra = byKey.get(con.rule());
                RuleInfo rf = byKey.get(pro.rule());
                if (ra != null && rf != null && ra.phase().equals(rf.phase()) && con.patterns().equals(pro.patterns())
                        && salience.getOrDefault(con.rule(), 0) == 0 && salience.getOrDefault(pro.rule(), 0) == 0) {
                    pairs.putIfAbsent(con.rule() + "\n" + pro.rule(), hw + " in " + run.file().getFileName());
                }
            })));
        }
        pairs.forEach((pair, where) -> {
            String[] keys = pair.split("\n");
            RuleInfo ra = byKey.get(keys[0]);
            RuleInfo rf = byKey.get(keys[1]);
            out.add(at(ra, "rule \"" + ra.name() + "\" rules out a machine that rule \"" + rf.name() + "\" ("
                    + place(rf) + ") favours from the same kinds of facts, in the same phase \"" + ra.phase()
                    + "\", with no salience to order them (" + where + ")"));
        });
    }

    /** A firing's conclusion: the rule, and the kinds of fact it matched (its patterns). */
    private record Conclusion(String rule, Set<String> patterns) {
    }

    private static Set<String> patterns(List<String> facts) {
        Set<String> kinds = new TreeSet<>();
        facts.forEach(f -> kinds.add(f.split("[ \\[]", 2)[0]));
        return kinds;
    }

    private static Optional<String> hardware(Pattern pattern, String fact) {
        Matcher m = pattern.matcher(fact);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2));
    }

    /** Each rule's salience; a dynamic salience counts as explicit. */
    private Map<String, Integer> salience() {
        Map<String, Integer> out = new HashMap<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl) {
                    String file = impl.getResource() == null ? "" : impl.getResource().getSourcePath();
                    out.put(key(file, rule.getName()), impl.isSalienceDynamic() ? 1 : impl.getSalienceValue());
                }
            }
        }
        return out;
    }

    private static String key(String file, String rule) {
        return file + "\u0000" + rule;
    }

    private RuleProblem at(RuleInfo rule, String message) {
        return new RuleProblem(rule.file(), line(rule), 1, "warning", message);
    }

    private String place(RuleInfo rule) {
        return rule.file() + ":" + line(rule);
    }

    /** The line of the rule's header in its DRL file, or 0 when it cannot be found. */
    int line(RuleInfo rule) {
        return rule.lineIn(fileLines.computeIfAbsent(rule.file(), RuleLint::read));
    }

    private static List<String> read(String file) {
        try {
            return InputFile.lines(Path.of(file));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
