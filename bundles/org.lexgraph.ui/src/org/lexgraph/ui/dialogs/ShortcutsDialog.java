package org.lexgraph.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * Help > Keyboard Shortcuts: the keys of the workbench's commands as they are bound now, and the keys the views
 * understand themselves (a match after the next, a quote into the basket).
 */
public class ShortcutsDialog extends InfoDialog {

    public ShortcutsDialog(Shell parent) {
        super(parent, Messages.Shortcuts_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "shortcuts.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 420).applyTo(table);
        for (String[] c : new String[][] {{Messages.Shortcuts_colKeys, "170"}, {Messages.Shortcuts_colAction, "420"}}) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        for (String[] row : shortcuts()) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        return area;
    }

    /** Keys and what they do: the views' own first, then the commands' bindings by name. */
    public static List<String[]> shortcuts() {
        List<String[]> out = new ArrayList<>();
        for (String line : Messages.Shortcuts_views.split("\\|")) {
            int tab = line.indexOf('=');
            if (tab > 0) {
                out.add(new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()});
            }
        }
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        TreeMap<String, String> byCommand = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (bindings != null) {
            for (Binding b : bindings.getBindings()) {
                if (b.getType() != Binding.SYSTEM && b.getType() != Binding.USER || b.getParameterizedCommand() == null
                        || b.getSchemeId() == null || !b.getSchemeId().equals(bindings.getActiveScheme().getId())
                        || b.getPlatform() != null && !b.getPlatform().equals(SWT.getPlatform())) {
                    continue;
                }
                try {
                    String name = b.getParameterizedCommand().getName().replace("&", "");
                    byCommand.merge(name, b.getTriggerSequence().format(), (a, c) -> a.contains(c) ? a : a + ", " + c);
                } catch (org.eclipse.core.commands.common.NotDefinedException e) {
                    // a binding to a command that is not there: not shown
                }
            }
        }
        byCommand.forEach((command, keys) -> out.add(new String[] {keys, command}));
        return out;
    }
}
