package dev.rigadvisor.engine.fact;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** The rule that concluded something, with the advice IDs and source section in its metadata. */
public record Citation(String rule, String advice, String source) {

    /** The citation of the rule whose consequence is running. */
    public static Citation of(RuleContext context) {
        Rule rule = context.getRule();
        return new Citation(rule.getName(), meta(rule, "advice"), meta(rule, "source"));
    }

    static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }
}
