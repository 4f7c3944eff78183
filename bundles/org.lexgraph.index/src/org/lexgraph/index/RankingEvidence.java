package org.lexgraph.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;

/**
 * What ranking ({@link SectionRanking}, {@link SourceRanking}) asks of an index besides the passages of a search: the
 * scores of the whole-text documents of sections and sources for a query, the sources best by their whole text, and
 * the best passages of some sources. The embedded index answers from its own documents, a shared collection from the
 * documents published into it, so that both rank by the same evidence with the same arithmetic.
 *
 * @param <T> how the index refers to a passage it found
 */
public interface RankingEvidence<T> {

    /** The scores for {@code query} of the sections with these keys (never empty), by key; those not matching left out. */
    Map<String, Float> sectionScores(Set<String> keys, Query query) throws IOException;

    /** The scores for {@code query} of the sources' whole texts with these keys (never empty), by key. */
    Map<String, Float> sourceScores(Set<String> keys, Query query) throws IOException;

    /**
     * A hint that the scores of these sections and sources are asked next ({@link #sectionScores}, {@link
     * #sourceScores}), so that an index asked over a network may read both in one request. By default nothing.
     */
    default void readAhead(Set<String> sectionKeys, Query sectionQuery, Set<String> sourceKeys, Query sourceQuery)
            throws IOException {
    }

    /** The keys of the {@code n} sources whose whole texts match {@code wholeText} best, best first. */
    List<String> bestSources(Query wholeText, int n) throws IOException;

    /**
     * The passages of these sources matching the search's query and filters, best first by their own score, at most
     * {@code perSource} of each source.
     */
    List<RankedPassage<T>> passagesIn(Collection<String> sources, int perSource) throws IOException;
}
