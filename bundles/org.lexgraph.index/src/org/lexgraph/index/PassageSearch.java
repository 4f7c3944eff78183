package org.lexgraph.index;

import java.io.IOException;
import java.util.Collection;

import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;

/**
 * Where a knowledge base's searches are answered: its own embedded index ({@link PassageIndex}) or a collection it is
 * bound to on a search server, shared with other knowledge bases. Both read the query alike ({@link PassageQueries})
 * and answer with the same kind of result, so the UI and the command line do not know which one answered.
 */
public interface PassageSearch {

    /**
     * Searches as {@code request} says: the user's words (or the passages like one), widened by the thesaurus when they
     * are plain words, the documents carrying {@code citationKeys} first ({@code citationWords}: those citations as
     * typed, searched as words when no document carries or cites them); filtered, ordered, paged, grouped by source,
     * with facet counts and highlights when asked for.
     */
    SearchResult search(SearchRequest request, Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException;

    /** Weighs the evidence of later searches as {@code options} says. */
    void rankWith(RankingOptions options);
}
