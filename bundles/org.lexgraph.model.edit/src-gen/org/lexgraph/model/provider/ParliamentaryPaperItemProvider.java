/**
 */
package org.lexgraph.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.ParliamentaryPaper;

/**
 * This is the item provider adapter for a {@link org.lexgraph.model.ParliamentaryPaper} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ParliamentaryPaperItemProvider extends SourceItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParliamentaryPaperItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addChamberPropertyDescriptor(object);
			addVergaderjaarPropertyDescriptor(object);
			addDossierPropertyDescriptor(object);
			addDossierChapterPropertyDescriptor(object);
			addOndernummerPropertyDescriptor(object);
			addDocumentNumberPropertyDescriptor(object);
			addZaakNumberPropertyDescriptor(object);
			addDossierTitlePropertyDescriptor(object);
			addPublicationIdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Chamber feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChamberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_chamber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_chamber_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__CHAMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vergaderjaar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVergaderjaarPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_vergaderjaar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_vergaderjaar_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__VERGADERJAAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dossier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDossierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_dossier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_dossier_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__DOSSIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dossier Chapter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDossierChapterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_dossierChapter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_dossierChapter_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ondernummer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOndernummerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_ondernummer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_ondernummer_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__ONDERNUMMER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Document Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_documentNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_documentNumber_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Zaak Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addZaakNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_zaakNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_zaakNumber_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__ZAAK_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dossier Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDossierTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_dossierTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_dossierTitle_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__DOSSIER_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publication Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicationIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParliamentaryPaper_publicationId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParliamentaryPaper_publicationId_feature", "_UI_ParliamentaryPaper_type"),
				 LexgraphPackage.Literals.PARLIAMENTARY_PAPER__PUBLICATION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ParliamentaryPaper.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ParliamentaryPaper"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ParliamentaryPaper)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_ParliamentaryPaper_type") :
			getString("_UI_ParliamentaryPaper_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ParliamentaryPaper.class)) {
			case LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR:
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER:
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE:
			case LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
