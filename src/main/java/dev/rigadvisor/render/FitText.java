package dev.rigadvisor.render;

import dev.rigadvisor.advice.FitReport;
import dev.rigadvisor.advice.Memory;
import dev.rigadvisor.advice.Notice;

import java.util.List;

/** A fit report as text: the memory breakdown, where it fits, the speed, and the advice behind them. */
public final class FitText {

    private final Style style;
    private final boolean why;

    /** {@code why}: every rule that fired, not only those that picked, sized and fitted the model. */
    public FitText(Style style, boolean why) {
        this.style = style;
        this.why = why;
    }

    public String render(FitReport input) {
        FitReport r = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.bold(r.modelName() + " on " + r.hardwareName())).append('\n');
        if (r.askedQuantization() != null && !r.askedQuantization().equalsIgnoreCase(r.quantization())) {
            out.append(style.warn(r.askedQuantization() + " does not fit; " + (r.fits() ? "the best format that fits is "
                    : "the smallest tried is ") + r.quantization())).append('\n');
        }
        out.append(style.heading(switch (r.fit()) {
            case "full" -> "Fits fully in GPU memory (" + r.device() + ") at " + r.quantization();
            case "split" -> "Fits only split with system RAM at " + r.quantization() + ": " + Numbers.gb(r.spillGb())
                    + " in RAM, which is much slower";
            default -> "Does not fit";
        })).append("\n\n");
        Memory m = r.memory();
        if (m != null) {
            out.append("Memory at ").append(r.quantization()).append(":\n");
            out.append(String.format("  weights   %10s%n", Numbers.gb(m.weightsGb())));
            out.append(String.format("  KV cache  %10s%n", Numbers.gb(m.kvCacheGb())));
            out.append(String.format("  overhead  %10s%n", Numbers.gb(m.overheadGb())));
            out.append(String.format("  total     %10s", Numbers.gb(m.totalGb())));
            out.append(r.fits() ? " of " + Numbers.gb(m.usableGb()) + " usable" : "").append('\n');
            out.append("  basis: ").append(m.basis()).append('\n');
        }
        if (r.tokensPerSecond() != null) {
            out.append("\nSpeed: ").append(style.bold(Estimates.speed(r.tokensPerSecond()))).append("\n  basis: ")
                    .append(r.tokensPerSecond().basis()).append('\n');
        }
        if (r.firstToken() != null) {
            out.append("Time to first token: ").append(style.bold(Estimates.firstToken(r.firstToken())))
                    .append("\n  basis: ").append(r.firstToken().basis()).append('\n');
        }
        if (r.generationTime() != null) {
            out.append("\nTime: ").append(style.bold(Estimates.generationTime(r.generationTime()))).append("\n  basis: ")
                    .append(r.generationTime().basis()).append('\n');
        }
        if (!r.options().isEmpty() && r.tokensPerSecond() != null) {
            out.append("\nHigher precision:\n");
            for (FitReport.Option o : r.options()) {
                double slower = 1 - o.tokensPerSecond().typical() / r.tokensPerSecond().typical();
                out.append("  ").append(o.quantization()).append(" also fits (").append(Numbers.gb(o.needGb()))
                        .append("): ").append(Numbers.num(Math.round(slower * 100))).append("% slower, ")
                        .append(Numbers.num(o.tokensPerSecond().typical())).append(" tokens/s\n");
            }
        }
        if (!r.notes().isEmpty()) {
            out.append("\nThe documents' figures:\n");
            r.notes().forEach(n -> out.append("  ! ").append(n).append('\n'));
        }
        if (!r.reasons().isEmpty()) {
            out.append("\nWhy not:\n");
            r.reasons().forEach(reason -> out.append("  x ").append(reason).append('\n'));
        }
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            for (Notice n : r.warnings()) {
                out.append("  ").append(style.warn("[" + n.advice() + "]")).append(' ').append(n.message()).append('\n');
            }
        }
        out.append(why ? "\nAdvice applied:\n" : "\nAdvice that made this answer:\n");
        List<FitReport.AdviceUse> shown = r.advice().stream().filter(a -> why || a.shapedAnswer()).toList();
        shown.forEach(a -> out.append("  - ").append(a.rule()).append(" [").append(a.advice()).append("; ")
                .append(a.source()).append("]\n"));
        if (shown.size() < r.advice().size()) {
            out.append("  (").append(r.advice().size() - shown.size())
                    .append(" more rule(s) weighed or explained the machine; --why lists them)\n");
        }
        out.append("\nRules and facts version ").append(r.rulesVersion()).append('\n');
        return out.toString();
    }
}
