package org.lexgraph.ui.dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > User Guide: a short guide to the workbench, in Dutch or English as the interface is, kept in the bundle. */
public class UserGuideDialog extends InfoDialog {

    public UserGuideDialog(Shell parent) {
        super(parent, Messages.Guide_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        StyledText text = WidgetIds.tag(new StyledText(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL
                | SWT.READ_ONLY), "guide.text");
        text.setText(guide());
        text.setMargins(8, 8, 8, 8);
        GridDataFactory.fillDefaults().grab(true, true).hint(680, 480).applyTo(text);
        return area;
    }

    /** The guide in the interface's language (Dutch when the locale is, English otherwise). */
    public static String guide() {
        String lang = Locale.getDefault().getLanguage().equals("nl") ? "nl" : "en";
        Bundle b = FrameworkUtil.getBundle(UserGuideDialog.class);
        URL url = b == null ? null : b.getEntry("help/user-guide_" + lang + ".txt");
        if (url == null) {
            return Messages.Guide_missing;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Messages.Guide_missing;
        }
    }
}
