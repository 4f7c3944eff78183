package org.lexgraph.app;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;

/** Opens the research perspective and, once the window shows, the knowledge base in the background. */
public class LexgraphWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path knowledgeBase;

    public LexgraphWorkbenchAdvisor(Path knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ResearchPerspective.ID;
    }

    /**
     * The knowledge base is opened while the window is made, not after: its views show it as soon as they are created
     * (or when it is open, whichever comes last).
     */
    @Override
    public void preStartup() {
        // the knowledge base is opened by the application, before the workbench starts (Application#start)
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setInitialSize(new Point(1280, 860));
                c.setShowCoolBar(false);
                c.setShowStatusLine(true);
                c.setShowProgressIndicator(true);
                c.setShowPerspectiveBar(false);
                c.setTitle("Lexgraph — " + knowledgeBase);
            }
        };
    }
}
