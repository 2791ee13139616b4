package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.Device;
import dev.rigadvisor.catalog.Footprint;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.MemoryTier;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.ModelRole;
import dev.rigadvisor.catalog.Fallback;
import dev.rigadvisor.catalog.Parameter;
import dev.rigadvisor.catalog.Quantization;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.UseCase;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.catalog.WorkloadNeed;
import dev.rigadvisor.engine.fact.Candidate;
import dev.rigadvisor.engine.fact.Choice;
import dev.rigadvisor.engine.fact.DeviceFit;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.KvCache;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.Pick;
import dev.rigadvisor.engine.fact.Rejection;
import dev.rigadvisor.engine.fact.Rung;
import dev.rigadvisor.engine.fact.Speed;
import dev.rigadvisor.engine.fact.Prefill;
import dev.rigadvisor.engine.fact.MediaTime;
import dev.rigadvisor.engine.fact.Backend;
import dev.rigadvisor.engine.fact.Discrepancy;
import dev.rigadvisor.engine.fact.Weights;
import dev.rigadvisor.engine.fact.Justification;
import dev.rigadvisor.engine.fact.Limitation;
import dev.rigadvisor.engine.fact.Note;
import dev.rigadvisor.engine.fact.OverBudget;
import dev.rigadvisor.engine.fact.ScoreTerm;
import dev.rigadvisor.engine.fact.StepDown;
import dev.rigadvisor.engine.fact.Flip;
import dev.rigadvisor.engine.fact.SlowRun;
import dev.rigadvisor.engine.fact.Sizing;
import dev.rigadvisor.engine.fact.TierPlacement;
import dev.rigadvisor.engine.fact.Warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

/** A short, stable description of a fact for the trail: its type and what identifies it. */
public final class FactLabel {

    private FactLabel() {
    }

    public static String of(Object fact) {
        if (fact instanceof Hardware h) {
            return "Hardware " + h.id() + " (" + gb(h.memoryGb()) + " " + h.memoryKind() + ", $" + (long) h.priceUsd() + ")";
        }
        if (fact instanceof Model m) {
            return "Model " + m.id();
        }
        if (fact instanceof Quantization q) {
            return "Quantization " + q.id() + " (" + num(q.bitsPerWeight()) + " bits/weight)";
        }
        if (fact instanceof Parameter p) {
            return "Parameter " + p.id() + " = " + num(p.value());
        }
        if (fact instanceof Scenario s) {
            return "Scenario \"" + s.name() + "\" (budget $" + (long) s.budgetUsd() + ")";
        }
        if (fact instanceof Workload w) {
            return "Workload " + w.id() + " (" + w.kindName() + "/" + w.task() + ", " + w.quality() + ")";
        }
        if (fact instanceof WorkloadNeed n) {
            return "MF VRAM Math row " + n.kind() + " (" + gb(n.minimumGb()) + " / " + gb(n.comfortableGb()) + " / "
                    + gb(n.noCompromiseGb()) + ")";
        }
        if (fact instanceof MemoryTier t) {
            return "HG tier row " + gb(t.tierGb()) + " (" + t.verdict() + ")";
        }
        if (fact instanceof UseCase u) {
            return "HG use case \"" + u.useCase() + "\" -> " + u.model();
        }
        if (fact instanceof ModelRole r) {
            return "MF role " + r.kind() + "/" + r.task() + "/" + r.quality() + " -> " + r.model();
        }
        if (fact instanceof Pick p) {
            return "Pick " + p.workload() + " -> " + p.model() + " " + p.quantization();
        }
        if (fact instanceof Rung r) {
            return "Rung " + r.workload() + " " + r.quantization() + (r.target() ? " (target)" : "");
        }
        if (fact instanceof Weights w) {
            return "Weights " + w.workload() + " " + w.quantization() + " = " + gb(w.gb());
        }
        if (fact instanceof KvCache k) {
            return "KvCache " + k.workload() + " " + k.contextTokens() + " tokens x" + k.parallel() + " = " + gb(k.gb());
        }
        if (fact instanceof MemoryEstimate e) {
            return "MemoryEstimate " + e.workload() + " " + e.quantization() + " = " + gb(e.weightsGb()) + " + "
                    + gb(e.kvCacheGb()) + " + " + gb(e.overheadGb()) + " = " + gb(e.totalGb());
        }
        if (fact instanceof DeviceFit f) {
            return "DeviceFit " + f.workload() + " " + f.quantization() + " on " + f.hardware() + "/" + f.device();
        }
        if (fact instanceof Fit f) {
            return "Fit " + f.workload() + " on " + f.hardware() + ": " + f.quantization() + " " + f.placement()
                    + " (" + gb(f.needGb()) + " of " + gb(f.usableGb()) + ")";
        }
        if (fact instanceof Speed s) {
            return "Speed " + s.workload() + " on " + s.hardware() + ": " + num(s.typicalTokensPerSecond()) + " ("
                    + num(s.lowTokensPerSecond()) + "-" + num(s.highTokensPerSecond()) + ") tok/s at "
                    + s.contextTokens() + " tokens";
        }
        if (fact instanceof Prefill p) {
            return "Prefill " + p.workload() + " on " + p.hardware() + ": " + p.promptTokens() + " tokens in "
                    + num(p.seconds()) + " s";
        }
        if (fact instanceof MediaTime t) {
            return "MediaTime " + t.workload() + " on " + t.hardware() + ": " + num(t.seconds()) + " s per " + t.per();
        }
        if (fact instanceof Backend b) {
            return "Backend " + b.hardware() + "/" + b.device() + " = " + b.name();
        }
        if (fact instanceof Discrepancy d) {
            return "Discrepancy " + d.model() + " " + d.quantization() + ": stated " + gb(d.statedGb()) + ", arithmetic "
                    + gb(d.arithmeticGb());
        }
        if (fact instanceof Rejection r) {
            return "Rejection " + r.hardware() + (r.blocking() ? " (blocking)" : "") + ": " + r.reason();
        }
        if (fact instanceof Candidate c) {
            return "Candidate " + c.hardware() + " (score " + num(c.score()) + ", mistakes " + c.mistakes() + ", $"
                    + (long) c.priceUsd() + (c.qualifies() ? "" : ", ruled out") + ")";
        }
        if (fact instanceof Choice c) {
            return "Choice " + c.hardware();
        }
        if (fact instanceof Footprint f) {
            return "Footprint " + f.quantization() + (f.resolution() == null ? "" : " " + f.resolution()) + " = "
                    + gb(f.memoryGb()) + (f.upToGb() == null ? "" : "-" + gb(f.upToGb()));
        }
        if (fact instanceof Device d) {
            return "Device " + d.name() + " (" + gb(d.memoryGb()) + " " + d.memoryKind() + ", " + num(d.bandwidthGbs()) + " GB/s)";
        }
        if (fact instanceof ScoreTerm t) {
            return "ScoreTerm " + t.hardware() + (t.workload() == null ? "" : "/" + t.workload()) + " " + t.term() + " "
                    + (t.points() >= 0 ? "+" : "") + num(t.points()) + ": " + t.reason();
        }
        if (fact instanceof StepDown d) {
            return "StepDown " + d.workload() + " from " + d.from();
        }
        if (fact instanceof Flip f) {
            return "Flip to " + f.hardware() + ": " + f.change();
        }
        if (fact instanceof Fallback f) {
            return "Step-down row " + f.from() + " -> " + f.model();
        }
        if (fact instanceof Warning w) {
            return "Warning " + w.topic() + ": " + w.message();
        }
        if (fact instanceof Note n) {
            return "Note " + n.topic() + ": " + n.message();
        }
        if (fact instanceof Limitation l) {
            return "Limitation " + l.hardware() + ": " + l.message();
        }
        if (fact instanceof TierPlacement t) {
            return "TierPlacement " + t.hardware() + " in the " + gb(t.tierGb()) + " tier (" + t.verdict() + ")";
        }
        if (fact instanceof SlowRun r) {
            return "SlowRun " + r.hardware() + ": " + r.reason();
        }
        if (fact instanceof Justification j) {
            return "Justification " + j.workload() + ": " + j.message();
        }
        if (fact instanceof Sizing z) {
            return "Sizing " + z.how() + " of " + String.join(", ", z.workloads()) + " = " + gb(z.gb());
        }
        if (fact instanceof OverBudget o) {
            return "OverBudget " + o.hardware() + " ($" + (long) o.priceUsd() + " > $" + (long) o.budgetUsd() + ")";
        }
        if (fact instanceof Number n) {
            return num(n.doubleValue());
        }
        if (fact instanceof Object[] results) {
            // the results of an accumulate with several functions, each by its label
            return of(java.util.Arrays.asList(results));
        }
        if (fact instanceof Collection<?> items) {
            // a rule's collected facts (accumulate ... collectList), each by its own label
            return items.stream().map(FactLabel::of).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = fact.toString();
        int cite = text.indexOf(", cite=Citation[");
        return cite > 0 ? text.substring(0, cite) + "]" : text;
    }

    public static String gb(double value) {
        return num(value) + " GB";
    }

    /**
     * A whole number without decimals, otherwise one decimal: the same text as {@code String.format(Locale.ROOT,
     * "%.1f", value)} (half-up on the shortest decimal form of the double), without the formatter's cost, which
     * dominated the trail when every fired rule labels its facts.
     */
    public static String num(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        String text = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return value < 0 && text.charAt(0) != '-' ? "-" + text : text;
    }
}
