package dev.rigadvisor.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.catalog.BadInput;

/** The card an entry recorded, read back as a card; fields added to cards since are simply absent. */
public final class CardReading {

    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private CardReading() {
    }

    public static Card card(AuditEntry entry) {
        try {
            return READER.treeToValue(entry.card(), Card.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInput("audit entry " + entry.id(), "$.card", "cannot be read as a card: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
