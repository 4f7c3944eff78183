package org.lexgraph.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The UI bundle's activator: owns the knowledge base the workbench shows for as long as the bundle is active. This is
 * the OSGi edge; everything below it is plain classes.
 */
public class LexgraphUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.lexgraph.ui";

    private static LexgraphUiPlugin plugin;
    private final WorkbenchKnowledgeBase knowledgeBase = new WorkbenchKnowledgeBase();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        org.lexgraph.ui.preferences.WorkbenchPreferences.apply();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        knowledgeBase.close();
        plugin = null;
        super.stop(context);
    }

    public static LexgraphUiPlugin getDefault() {
        return plugin;
    }

    /** The knowledge base shown by this workbench. */
    public static WorkbenchKnowledgeBase knowledgeBase() {
        return plugin.knowledgeBase;
    }
}
