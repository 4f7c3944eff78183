package org.lexgraph.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;

/**
 * Whatever was typed is searched: broken syntax is read as words ({@link QueryText}), and where the parser still
 * refuses what is left, the words alone are searched; both say so in the result's notice. The same for every index.
 */
public final class TypedQuery {

    /** One search of a request whose query is already readable (or absent). */
    public interface Run {
        SearchResult run(SearchRequest request) throws QuerySyntaxException, IOException;
    }

    private TypedQuery() {
    }

    /** {@code citations}: the request names citation keys, so that it searches something without words. */
    public static SearchResult search(SearchRequest request, Run run, boolean citations)
            throws QuerySyntaxException, IOException {
        String typed = request.query();
        if (typed == null || typed.isBlank()) {
            return run.run(request);
        }
        QueryText text = QueryText.read(typed);
        if (text.isBlank()) {
            if (!citations && request.likePassage() == null) {
                return new SearchResult(typed, 0, List.of(), List.of(), Map.of(), List.of(), 0, null, text.notice());
            }
            return run.run(request.withQuery(null)).asTyped(typed, text.notice());
        }
        String why;
        try {
            return run.run(request.withQuery(text.query())).asTyped(typed, text.notice());
        } catch (QuerySyntaxException e) {
            if (!(e.getCause() instanceof ParseException || e.getCause() instanceof TokenMgrError
                    || e.getCause() instanceof IndexSearcher.TooManyClauses)) {
                throw e;
            }
            why = e.getMessage();
        } catch (IndexSearcher.TooManyClauses e) {
            why = "query too broad: a wildcard matches too many words";
        }
        QueryText words = QueryText.wordsOf(typed, why + "; its words were searched");
        if (words.isBlank()) {
            return new SearchResult(typed, 0, List.of(), List.of(), Map.of(), List.of(), 0, null, words.notice());
        }
        return run.run(request.withQuery(words.query())).asTyped(typed, words.notice());
    }
}
