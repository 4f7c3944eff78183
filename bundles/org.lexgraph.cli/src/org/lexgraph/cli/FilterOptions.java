package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.SourceKind;
import org.lexgraph.query.QueryFields;
import org.lexgraph.query.SearchFilter;

import picocli.CommandLine.Option;

/**
 * The field filters {@code search} and {@code saved add} take, kept in the order they were given (a filter given
 * twice means either value).
 */
final class FilterOptions {

    private record Given(String field, String value) {
    }

    private final List<Given> given = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "generic-document, ngo-document,"
            + " parliamentary-paper, regulation, ruling")
    void kind(String v) {
        given.add(new Given(QueryFields.KIND, v));
    }

    @Option(names = "--year", paramLabel = "Y", description = "sources of this year")
    void year(String v) {
        given.add(new Given(QueryFields.YEAR, v));
    }

    @Option(names = "--municipality", paramLabel = "M", description = "sources of this municipality (any case)")
    void municipality(String v) {
        given.add(new Given(QueryFields.MUNICIPALITY, v));
    }

    @Option(names = "--dossier", paramLabel = "D", description = "Kamerstukken of this dossier (36600, 36600-xvi)")
    void dossier(String v) {
        given.add(new Given(QueryFields.DOSSIER, v));
    }

    @Option(names = "--court", paramLabel = "C", description = "rulings of this court")
    void court(String v) {
        given.add(new Given(QueryFields.COURT, v));
    }

    @Option(names = "--actor", paramLabel = "A", description = "sources of this publisher or author")
    void actor(String v) {
        given.add(new Given(QueryFields.ACTOR, v));
    }

    @Option(names = "--theme", paramLabel = "KEY", description = "an ask (T1.2) or theme (T1)")
    void theme(String v) {
        given.add(new Given(QueryFields.THEME, v));
    }

    @Option(names = "--collection", paramLabel = "C", description = "sources filed in this collection")
    void collection(String v) {
        given.add(new Given(QueryFields.COLLECTION, v));
    }

    /** The filter these options make, or a usage error naming {@code command} and the value a field cannot take. */
    SearchFilter filter(String command) throws UsageException {
        SearchFilter f = SearchFilter.NONE;
        for (Given g : given) {
            if (g.value().isBlank()) {
                throw new UsageException(command + ": --" + g.field() + " needs a value");
            }
            if (g.field().equals(QueryFields.KIND)) {
                try {
                    f = f.with(QueryFields.KIND, SourceKind.fromKey(g.value()).key());
                } catch (IllegalArgumentException e) {
                    throw new UsageException(command + ": --kind takes one of generic-document, ngo-document, "
                            + "parliamentary-paper, regulation, ruling; not '" + g.value() + "'");
                }
                continue;
            }
            try {
                f = f.with(g.field(), g.value());
            } catch (IllegalArgumentException e) {
                throw new UsageException(command + ": --" + e.getMessage());
            }
        }
        return f;
    }
}
