/**
 */
package org.lexgraph.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;

/**
 * This is the item provider adapter for a {@link org.lexgraph.model.KnowledgeBase} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class KnowledgeBaseItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KnowledgeBaseItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addGenerationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnowledgeBase_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeBase_name_feature", "_UI_KnowledgeBase_type"),
				 LexgraphPackage.Literals.KNOWLEDGE_BASE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnowledgeBase_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeBase_formatVersion_feature", "_UI_KnowledgeBase_type"),
				 LexgraphPackage.Literals.KNOWLEDGE_BASE__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Generation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGenerationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnowledgeBase_generation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeBase_generation_feature", "_UI_KnowledgeBase_type"),
				 LexgraphPackage.Literals.KNOWLEDGE_BASE__GENERATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__ACTORS);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__BASKETS);
			childrenFeatures.add(LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns KnowledgeBase.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/KnowledgeBase"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((KnowledgeBase)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_KnowledgeBase_type") :
			getString("_UI_KnowledgeBase_type") + " " + label;
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

		switch (notification.getFeatureID(KnowledgeBase.class)) {
			case LexgraphPackage.KNOWLEDGE_BASE__NAME:
			case LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION:
			case LexgraphPackage.KNOWLEDGE_BASE__GENERATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES,
				 LexgraphFactory.eINSTANCE.createGenericDocument()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES,
				 LexgraphFactory.eINSTANCE.createNgoDocument()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES,
				 LexgraphFactory.eINSTANCE.createParliamentaryPaper()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES,
				 LexgraphFactory.eINSTANCE.createRegulation()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES,
				 LexgraphFactory.eINSTANCE.createRuling()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS,
				 LexgraphFactory.eINSTANCE.createCollection()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__ACTORS,
				 LexgraphFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES,
				 LexgraphFactory.eINSTANCE.createTaxonomy()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__BASKETS,
				 LexgraphFactory.eINSTANCE.createBasket()));

		newChildDescriptors.add
			(createChildParameter
				(LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES,
				 LexgraphFactory.eINSTANCE.createSavedSearch()));
	}

}
