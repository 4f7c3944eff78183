package org.lexgraph.ui.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About Lexgraph: the version, the Java it runs on, and every library bundled with it with its version and
 * licence, as the running product holds them (a bundle's {@code Bundle-License}; else where its licence is written).
 */
public class AboutDialog extends InfoDialog {

    /** A bundled library as the dialog lists it. */
    public record Library(String name, String symbolicName, String version, String licence) {
    }

    public AboutDialog(Shell parent) {
        super(parent, Messages.About_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        Label head = new Label(area, SWT.WRAP);
        head.setText(NLS.bind(Messages.About_text, new Object[] {self == null ? "" : self.getVersion().toString(),
            System.getProperty("java.version"), System.getProperty("java.vendor")}));
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(head);
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "about.libraries");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 360).applyTo(table);
        for (String[] c : new String[][] {{Messages.About_colLibrary, "260"}, {Messages.About_colVersion, "130"},
            {Messages.About_colLicence, "340"}}) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        for (Library l : libraries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {l.name(), l.version(), l.licence()});
        }
        return area;
    }

    /**
     * A licence as people name it, from a {@code Bundle-License} header: its description, its SPDX id, or the licence
     * its URL is ({@code https://www.apache.org/licenses/LICENSE-2.0.txt} is the Apache License 2.0).
     */
    static String licenceName(String header) {
        int d = header.indexOf("description=");
        if (d >= 0) {
            return header.substring(d + 12).replaceAll("^\"|[\";].*$", "").strip();
        }
        String first = header.split(";|,(?=\\s*(?:https?:|\"))")[0].replace("\"", "").strip();
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("apache.org/licenses/license-2.0") || lower.equals("apache-2.0")) {
            return "Apache License 2.0";
        } else if (lower.contains("epl-2.0") || lower.contains("epl-v20")) {
            return "Eclipse Public License 2.0";
        } else if (lower.contains("epl-v10") || lower.equals("epl-1.0")) {
            return "Eclipse Public License 1.0";
        } else if (lower.contains("edl-v10") || lower.contains("edl-1.0")) {
            return "Eclipse Distribution License 1.0";
        } else if (lower.contains("licenses/mit") || lower.equals("mit")) {
            return "MIT License";
        } else if (lower.contains("bsd-3") || lower.contains("licenses/bsd")) {
            return "BSD License";
        }
        return first;
    }

    /** The libraries the running product bundles: every bundle that is not Lexgraph's own. */
    public static List<Library> libraries() {
        List<Library> out = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        if (self == null) {
            return out;
        }
        for (Bundle b : self.getBundleContext().getBundles()) {
            String sn = b.getSymbolicName();
            if (sn == null || sn.startsWith("org.lexgraph") || b.getBundleId() == 0) {
                continue;
            }
            String name = b.getHeaders("").get("Bundle-Name");
            String licence = b.getHeaders("").get("Bundle-License");
            if (licence == null || licence.isBlank()) {
                licence = b.getEntry("about.html") != null ? Messages.About_licenceAbout
                        : b.getEntry("META-INF/LICENSE") != null || b.getEntry("META-INF/LICENSE.txt") != null
                                ? Messages.About_licenceFile : Messages.About_licenceUnknown;
            } else {
                licence = licenceName(licence);
            }
            out.add(new Library(name == null || name.startsWith("%") ? sn : name, sn, b.getVersion().toString(),
                    licence));
        }
        out.sort(Comparator.comparing(Library::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }
}
