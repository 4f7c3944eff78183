package org.lexgraph.ui.dialogs;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.sharing.IndexBinding;
import org.lexgraph.core.sharing.SharingService;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * File > Shared Index...: where the knowledge base's searches go (its own index, or a team's collection on SolrCloud),
 * what waits to be sent and who published what; binds the knowledge base to a collection (publishing everything),
 * sends what waits, or goes back to the own index. What {@code lexgraph index} does on the command line, through the
 * core's {@link SharingService}; everything that talks to the cluster runs in the background with its progress shown.
 */
public final class SharedIndexDialog extends Dialog {

    /** Where a new binding points to first: the local cluster of {@code ./lexgraph-dev solr start}. */
    static final String EXAMPLE = "solr://127.0.0.1:8983,127.0.0.1:8984/team";

    private Label status;
    private Label problem;
    private Text location;
    private Text name;
    private Button use;
    private Button send;
    private Button local;

    public SharedIndexDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SharedIndex_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
        status = WidgetIds.tag(new Label(area, SWT.WRAP), "shared.status");
        status.setText(Messages.SharedIndex_reading);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(status);

        Group bind = new Group(area, SWT.NONE);
        bind.setText(Messages.SharedIndex_bindGroup);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(bind);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bind);
        new Label(bind, SWT.NONE).setText(Messages.SharedIndex_location);
        location = WidgetIds.tag(new Text(bind, SWT.BORDER), "shared.location");
        location.setMessage(EXAMPLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
        new Label(bind, SWT.NONE).setText(Messages.SharedIndex_name);
        name = WidgetIds.tag(new Text(bind, SWT.BORDER), "shared.name");
        name.setText(System.getProperty("user.name", ""));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        Label hint = new Label(bind, SWT.WRAP);
        hint.setText(Messages.SharedIndex_hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(540, SWT.DEFAULT).applyTo(hint);
        use = WidgetIds.tag(new Button(bind, SWT.PUSH), "shared.use");
        use.setText(Messages.SharedIndex_use);
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(use);
        use.addListener(SWT.Selection, e -> bind());

        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        send = WidgetIds.tag(new Button(actions, SWT.PUSH), "shared.send");
        send.setText(Messages.SharedIndex_send);
        send.addListener(SWT.Selection, e -> run(Messages.SharedIndex_sending, (s, m) -> s.sharing().sync(false, m)));
        local = WidgetIds.tag(new Button(actions, SWT.PUSH), "shared.local");
        local.setText(Messages.SharedIndex_local);
        local.addListener(SWT.Selection, e -> run(Messages.SharedIndex_unbinding, (s, m) -> {
            s.sharing().useLocal(false);
            return 0;
        }));
        problem = WidgetIds.tag(new Label(area, SWT.WRAP), "shared.problem");
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(problem);
        refresh();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    private void bind() {
        String where = location.getText().strip();
        String who = name.getText().strip();
        run(NLS.bind(Messages.SharedIndex_binding, where), (s, m) -> s.sharing().use(where, who, 2, 0, m));
    }

    private interface Action {
        int on(KnowledgeBaseSession session, IProgressMonitor monitor) throws KnowledgeBaseException;
    }

    /** Runs {@code action} in the background (shown as {@code what}), then shows the state again or what failed. */
    private void run(String what, Action action) {
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            problem.setText(Messages.SharedIndex_noKnowledgeBase);
            return;
        }
        enable(false);
        problem.setText("");
        status.setText(what);
        Job job = new Job(what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String failed = null;
                try {
                    action.on(session.get(), monitor);
                } catch (KnowledgeBaseException | RuntimeException e) {
                    failed = e.getMessage();
                }
                String why = failed;
                later(() -> {
                    problem.setText(why == null ? "" : why);
                    fit();
                    refresh();
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** Reads the binding and the collection's state in the background and shows them. */
    private void refresh() {
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            status.setText(Messages.SharedIndex_noKnowledgeBase);
            enable(false);
            return;
        }
        enable(false);
        Job job = Job.create(Messages.SharedIndex_reading, (IProgressMonitor monitor) -> {
            String text;
            boolean bound;
            try {
                SharingService.Status s = session.get().sharing().status();
                text = describe(s);
                bound = s.binding().isPresent();
                s.binding().ifPresent(b -> later(() -> {
                    location.setText(b.location());
                    name.setText(b.name());
                }));
            } catch (KnowledgeBaseException e) {
                text = e.getMessage();
                bound = session.get().sharing().binding().isPresent();
            }
            String shown = text;
            boolean isBound = bound;
            later(() -> {
                status.setText(shown);
                enable(true);
                send.setEnabled(isBound);
                local.setEnabled(isBound);
                fit();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The state in words: where searches go, what waits, the cluster and who published how much. */
    static String describe(SharingService.Status s) {
        if (s.binding().isEmpty()) {
            return Messages.SharedIndex_own;
        }
        IndexBinding b = s.binding().get();
        StringBuilder out = new StringBuilder(NLS.bind(Messages.SharedIndex_bound, b.location(), b.name()));
        out.append('\n').append(s.upToDate() ? Messages.SharedIndex_upToDate
                : NLS.bind(Messages.SharedIndex_waiting, s.pendingSources()));
        if (s.problem() != null) {
            out.append('\n').append(NLS.bind(Messages.SharedIndex_unreachable, s.problem()));
        } else {
            out.append('\n').append(NLS.bind(Messages.SharedIndex_nodes, s.liveNodes(), s.allPassages()));
            for (Map.Entry<String, Long> e : s.publishers().entrySet()) {
                out.append('\n').append(NLS.bind(Messages.SharedIndex_publisher, e.getKey(), e.getValue()));
            }
        }
        return out.toString();
    }

    /** Grows the window to show longer texts (a reason, a list of publishers) whole. */
    private void fit() {
        Shell shell = getShell();
        org.eclipse.swt.graphics.Point now = shell.getSize();
        org.eclipse.swt.graphics.Point wanted = shell.computeSize(now.x, SWT.DEFAULT, true);
        if (wanted.y > now.y) {
            shell.setSize(now.x, wanted.y);
        }
        shell.layout(true, true);
    }

    private void enable(boolean on) {
        for (Control c : new Control[] {use, send, local, location, name}) {
            if (c != null && !c.isDisposed()) {
                c.setEnabled(on);
            }
        }
    }

    private void later(Runnable r) {
        if (status.isDisposed()) {
            return;
        }
        status.getDisplay().asyncExec(() -> {
            if (!status.isDisposed()) {
                r.run();
            }
        });
    }
}
