package org.lexgraph.core;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One format a basket can be exported in, contributed through the extension point {@value Exporters#EXTENSION_POINT}
 * ({@code schema/exporters.exsd}): the built-in formats are contributed that way too. Implementations are stateless.
 */
public interface BasketExporter {

    /**
     * The basket's quotes written out.
     *
     * @param basket the basket's name
     * @param quotes its quotes in basket order, personal data already blanked where the user asked for it
     * @param askLabels the labels of the asks the quotes support, by key, for grouping
     */
    byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels) throws IOException;

    /** Markdown to paste into a letter. */
    final class Markdown implements BasketExporter {
        @Override
        public byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels) {
            return BasketExport.markdown(basket, quotes, askLabels).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A Word document. */
    final class Docx implements BasketExporter {
        @Override
        public byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels)
                throws IOException {
            return BasketExport.docx(basket, quotes, askLabels);
        }
    }

    /** CSL-JSON for reference managers. */
    final class CslJson implements BasketExporter {
        @Override
        public byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels) {
            return BasketExport.cslJson(quotes).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** RIS for reference managers. */
    final class Ris implements BasketExporter {
        @Override
        public byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels) {
            return BasketExport.ris(quotes).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** BibTeX for reference managers. */
    final class Bibtex implements BasketExporter {
        @Override
        public byte[] write(String basket, List<QuoteView> quotes, Map<String, String> askLabels) {
            return BasketExport.bibtex(quotes).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
