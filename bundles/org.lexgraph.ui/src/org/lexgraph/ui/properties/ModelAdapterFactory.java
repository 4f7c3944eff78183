package org.lexgraph.ui.properties;

import java.util.Optional;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.query.SearchHit;
import org.lexgraph.ui.LexgraphUiPlugin;

/**
 * Lets the Properties view show what the views select: a source of the Library, a passage of the Search results. The
 * Library and Search hold plain rows (this finds the model object behind a row); other views select model objects.
 */
public final class ModelAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            return null;
        }
        Optional<EObject> object = Optional.empty();
        if (adaptable instanceof SourceSummary s) {
            object = session.get().object(s.id(), null);
        } else if (adaptable instanceof SearchHit h) {
            object = session.get().object(h.sourceId(), h.passageId());
        } else if (adaptable instanceof EObject e) {
            object = Optional.of(e);
        }
        return object.map(o -> adapterType.cast(propertySource(session.get(), o))).orElse(null);
    }

    static IPropertySource propertySource(KnowledgeBaseSession session, EObject object) {
        IItemPropertySource item = (IItemPropertySource) session.adapterFactory().adapt(object,
                IItemPropertySource.class);
        return item == null ? null : new EmfPropertySource(session, object, item);
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
