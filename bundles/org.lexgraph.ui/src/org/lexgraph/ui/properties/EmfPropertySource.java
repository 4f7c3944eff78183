package org.lexgraph.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.ui.LexgraphUiPlugin;

/**
 * Shows a model object in the Properties view through its EMF.Edit item provider ({@code emf.edit.ui}, which does
 * this in Eclipse, is not on Maven Central). A change becomes a {@link SetCommand} executed by the session, so it is
 * saved, indexed and undoable; the Properties view never sets a value directly.
 */
public final class EmfPropertySource implements IPropertySource {

    private final KnowledgeBaseSession session;
    private final EObject object;
    private final IItemPropertySource itemSource;

    public EmfPropertySource(KnowledgeBaseSession session, EObject object, IItemPropertySource itemSource) {
        this.session = session;
        this.object = object;
        this.itemSource = itemSource;
    }

    public EObject object() {
        return object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemSource.getPropertyDescriptors(object)) {
            out.add(new EmfPropertyDescriptor(object, d));
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    private EmfPropertyDescriptor descriptor(Object id) {
        for (IItemPropertyDescriptor d : itemSource.getPropertyDescriptors(object)) {
            if (d.getId(object).equals(id)) {
                return new EmfPropertyDescriptor(object, d);
            }
        }
        return null;
    }

    @Override
    public Object getPropertyValue(Object id) {
        EmfPropertyDescriptor d = descriptor(id);
        return d == null ? null : d.editorValue();
    }

    @Override
    public boolean isPropertySet(Object id) {
        EmfPropertyDescriptor d = descriptor(id);
        return d != null && d.item().isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // resetting to defaults is not offered: every edit names its new value
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        EmfPropertyDescriptor d = descriptor(id);
        if (d == null) {
            return;
        }
        Object newValue;
        try {
            newValue = d.modelValue(value);
        } catch (IllegalArgumentException e) {
            StatusManager.getManager().handle(Status.warning(e.getMessage()), StatusManager.SHOW);
            return;
        }
        EStructuralFeature feature = (EStructuralFeature) d.item().getFeature(object);
        Object old = object.eGet(feature);
        if (old == null ? newValue == null : old.equals(newValue)) {
            return;
        }
        Command command = SetCommand.create(session.editingDomain(), object, feature, newValue);
        try {
            session.execute(command);
        } catch (KnowledgeBaseException | RuntimeException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, LexgraphUiPlugin.ID, e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }
}
