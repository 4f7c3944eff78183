package org.lexgraph.ui.properties;

import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of a model object, from its EMF.Edit item property descriptor: display name, category and description
 * as the edit bundle gives them (in English or Dutch), a text editor for strings and numbers, a list for enumerations;
 * references, lists and dates are shown read-only. Values travel to the editor as strings or list indexes.
 */
final class EmfPropertyDescriptor extends PropertyDescriptor {

    private final EObject object;
    private final IItemPropertyDescriptor item;

    EmfPropertyDescriptor(EObject object, IItemPropertyDescriptor item) {
        super(item.getId(object), item.getDisplayName(object));
        this.object = object;
        this.item = item;
        setCategory(item.getCategory(object));
        setDescription(item.getDescription(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return display(element);
            }
        });
    }

    IItemPropertyDescriptor item() {
        return item;
    }

    private EStructuralFeature feature() {
        return (EStructuralFeature) item.getFeature(object);
    }

    private boolean editable() {
        EStructuralFeature f = feature();
        // lists of words (an ask's terms) are edited as one comma-separated line
        return item.canSetProperty(object) && f instanceof EAttribute && !f.isDerived()
                && (!f.isMany() || f.getEType().getInstanceClass() == String.class)
                && !f.getEType().getInstanceClass().equals(Date.class) && !f.getName().equals("id");
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!editable()) {
            return null;
        }
        if (feature().getEType() instanceof EEnum e) {
            return new ComboBoxCellEditor(parent, e.getELiterals().stream().map(this::literalLabel)
                    .toArray(String[]::new), SWT.READ_ONLY);
        }
        if (isBoolean()) {
            return new ComboBoxCellEditor(parent, new String[] {org.lexgraph.ui.Messages.Properties_no,
                org.lexgraph.ui.Messages.Properties_yes}, SWT.READ_ONLY);
        }
        return new TextCellEditor(parent);
    }

    private String literalLabel(EEnumLiteral literal) {
        IItemLabelProvider labels = item.getLabelProvider(object);
        return labels.getText(literal.getInstance());
    }

    private boolean isBoolean() {
        Class<?> c = feature().getEType().getInstanceClass();
        return c == boolean.class || c == Boolean.class;
    }

    /** The current value as the editor takes it: a list index for enumerations and yes/no, else a string. */
    Object editorValue() {
        Object v = object.eGet(feature());
        if (feature().getEType() instanceof EEnum e && v instanceof Enumerator en) {
            return e.getELiterals().indexOf(e.getEEnumLiteral(en.getValue()));
        }
        if (isBoolean()) {
            return Boolean.TRUE.equals(v) ? 1 : 0;
        }
        if (feature().isMany() && v instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return v == null ? "" : v.toString();
    }

    /** Converts what the editor returns into a value of the feature's type. */
    Object modelValue(Object editorValue) {
        EStructuralFeature f = feature();
        if (f.getEType() instanceof EEnum e) {
            int index = editorValue instanceof Integer i ? i : -1;
            if (index < 0 || index >= e.getELiterals().size()) {
                throw new IllegalArgumentException("choose one of the listed values");
            }
            return e.getELiterals().get(index).getInstance();
        }
        if (isBoolean()) {
            return editorValue instanceof Integer i && i == 1;
        }
        String text = editorValue == null ? "" : editorValue.toString().strip();
        if (f.isMany()) {
            return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
        Class<?> type = ((EDataType) f.getEType()).getInstanceClass();
        if (type == double.class || type == Double.class) {
            try {
                return Double.valueOf(text.replace(',', '.'));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(getDisplayName() + ": a number such as 0.7 is needed, not '" + text
                        + "'");
            }
        }
        if (type == int.class || type == Integer.class) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(getDisplayName() + ": a whole number is needed, not '" + text + "'");
            }
        }
        if (type == long.class || type == Long.class) {
            try {
                return Long.valueOf(text);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(getDisplayName() + ": a whole number is needed, not '" + text + "'");
            }
        }
        return text.isEmpty() ? null : text;
    }

    private String display(Object value) {
        EStructuralFeature f = feature();
        if (value instanceof Integer i && f.getEType() instanceof EEnum e && i >= 0 && i < e.getELiterals().size()) {
            return literalLabel(e.getELiterals().get(i));
        }
        if (isBoolean()) {
            return Boolean.TRUE.equals(value) || Integer.valueOf(1).equals(value) ? org.lexgraph.ui.Messages.Properties_yes
                    : org.lexgraph.ui.Messages.Properties_no;
        }
        if (value instanceof Date d) {
            return new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(d);
        }
        if (value instanceof Collection<?> c) {
            IItemLabelProvider labels = item.getLabelProvider(object);
            return String.join(", ", c.stream().map(labels::getText).toList());
        }
        if (value instanceof EObject) {
            return item.getLabelProvider(object).getText(value);
        }
        return value == null ? "" : value.toString();
    }

}
