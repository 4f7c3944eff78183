package org.lexgraph.tools.codegen;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator on a bundle's genmodel without Eclipse: maps {@code platform:/resource/<bundle>/} onto
 * the bundle folder and generates the model code into the genmodel's model directory.
 * Arguments: the model bundle folder, the genmodel path relative to it, and the edit bundle folder. Hand-written {@code @generated NOT} members are
 * kept by EMF's merger. The up-to-date check runs this on a copy of the bundle and compares {@code src-gen/}.
 */
public final class GenerateModel {

    /** The first of these attributes a class has labels its objects in the UI (else EMF would show the id). */
    private static final java.util.List<String> LABELS = java.util.List.of("title", "name", "label", "quotedText",
            "text", "versionId", "targetKey", "query");

    static void labelFeatures(GenModel genModel) {
        for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage p : genModel.getGenPackages()) {
            for (org.eclipse.emf.codegen.ecore.genmodel.GenClass c : p.getGenClasses()) {
                for (String name : LABELS) {
                    org.eclipse.emf.codegen.ecore.genmodel.GenFeature f = c.getAllGenFeatures().stream()
                            .filter(g -> g.getName().equals(name)).findFirst().orElse(null);
                    if (f != null) {
                        c.setLabelFeature(f);
                        break;
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateModel BUNDLE_DIR GENMODEL [EDIT_BUNDLE_DIR]");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = bundle;
        String name = bundle.getFileName().toString();
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(name, URI.createFileURI(out + "/"));
        Path edit = args.length > 2 ? Path.of(args[2]).toAbsolutePath().normalize() : null;
        if (edit != null) {
            EcorePlugin.getPlatformResourceMap().put(edit.getFileName().toString(), URI.createFileURI(edit + "/"));
        }

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + name + "/", false),
                URI.createFileURI(out + "/"));
        URI genUri = URI.createPlatformResourceURI("/" + name + "/" + args[1], false);
        Resource res = rs.getResource(genUri, true);
        GenModel genModel = (GenModel) res.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        labelFeatures(genModel);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("genmodel is not valid: " + valid);
            System.exit(1);
        }
        // outside Eclipse the generator adapters are not registered through plugin.xml
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic d = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (d.getSeverity() == Diagnostic.ERROR) {
            System.err.println("generation failed: " + d);
            System.exit(1);
        }
        if (edit != null) {
            // the edit code: item providers with labels, icons and property descriptors
            d = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                    new BasicMonitor.Printing(System.out));
            if (d.getSeverity() == Diagnostic.ERROR) {
                System.err.println("edit generation failed: " + d);
                System.exit(1);
            }
        }
        System.out.println("generated " + name + " into " + out);
    }
}
