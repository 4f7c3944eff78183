package org.lexgraph.core.sharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;

/**
 * A source another knowledge base published into the shared collection, as read back from it: whose it is, its
 * metadata and its passages in order. Read-only: it belongs to the other knowledge base.
 *
 * @param from the name that knowledge base publishes under
 * @param date the source's date as yyyymmdd, 0 when unknown
 * @param fields the source's filter fields (municipality, court, actor, dossier, ...) with their values
 */
public record SharedSource(String from, String sourceId, String title, String kind, int date, String file,
        Map<String, List<String>> fields, List<Passage> passages) {

    /** One passage: its id, its article or heading, its page (0 when unknown) and its text. */
    public record Passage(String id, String anchor, int page, String text) {
    }

    public SharedSource {
        fields = Map.copyOf(fields);
        passages = List.copyOf(passages);
    }

    static SharedSource of(String from, List<PassageRecord> records) {
        PassageRecord first = records.get(0);
        Map<String, List<String>> fields = new LinkedHashMap<>(first.keywords());
        fields.remove(IndexSchema.PART); // a passage's place, not the source's
        fields.remove(IndexSchema.THEME);
        return new SharedSource(from, first.sourceId(), first.title(), first.kind(), first.date(), first.file(),
                fields, records.stream().map(p -> new Passage(p.passageId(), p.anchor(), p.page(), p.text())).toList());
    }
}
