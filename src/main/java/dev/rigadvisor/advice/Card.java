package dev.rigadvisor.advice;

import java.util.List;

/**
 * The recommendation card: the scenario, the recommendation (null when no machine satisfies it), the
 * alternatives and why each lost, the warnings and notes, the sizing, the trail of rule firings, and the version of the
 * rules and facts it was made with.
 */
public record Card(ScenarioSummary scenario, Recommendation recommendation, List<String> sizing,
                   List<Alternative> alternatives, List<Notice> warnings, List<Notice> notes, List<String> upgrade, String cost,
                   Weighing weighing,
                   List<Step> trail, String rulesVersion, String auditId, String createdAt) {

    public Card {
        sizing = List.copyOf(sizing);
        alternatives = List.copyOf(alternatives);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        upgrade = List.copyOf(upgrade);
        trail = List.copyOf(trail);
    }

    public boolean satisfied() {
        return recommendation != null;
    }

    public Card withAudit(String id, String time) {
        return new Card(scenario, recommendation, sizing, alternatives, warnings, notes, upgrade, cost, weighing, trail,
                rulesVersion,
                id, time);
    }
}
