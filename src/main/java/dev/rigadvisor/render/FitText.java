package dev.rigadvisor.render;

import dev.rigadvisor.advice.FitReport;
import dev.rigadvisor.advice.Memory;
import dev.rigadvisor.advice.Notice;

/** A fit report as text: the memory breakdown, where it fits, the speed, and the advice behind them. */
public final class FitText {

    private final Style style;

    public FitText(Style style) {
        this.style = style;
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
            out.append("\nSpeed: ").append(style.bold(Numbers.num(r.tokensPerSecond().low()) + "-"
                    + Numbers.num(r.tokensPerSecond().high()) + " tokens/s")).append(" (")
                    .append(r.tokensPerSecond().basis()).append(")\n");
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
        out.append("\nAdvice applied:\n");
        r.advice().forEach(a -> out.append("  - ").append(a.rule()).append(" [").append(a.advice()).append("; ")
                .append(a.source()).append("]\n"));
        out.append("\nRules and facts version ").append(r.rulesVersion()).append('\n');
        return out.toString();
    }
}
