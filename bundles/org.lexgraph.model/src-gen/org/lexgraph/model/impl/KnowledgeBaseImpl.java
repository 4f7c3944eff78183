/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lexgraph.model.Actor;
import org.lexgraph.model.Basket;
import org.lexgraph.model.Collection;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.SavedSearch;
import org.lexgraph.model.Source;
import org.lexgraph.model.Taxonomy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Knowledge Base</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getCollections <em>Collections</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getTaxonomies <em>Taxonomies</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getBaskets <em>Baskets</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.KnowledgeBaseImpl#getSavedSearches <em>Saved Searches</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnowledgeBaseImpl extends IdentifiableImpl implements KnowledgeBase {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final long GENERATION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected long generation = GENERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getCollections() <em>Collections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollections()
	 * @generated
	 * @ordered
	 */
	protected EList<Collection> collections;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getTaxonomies() <em>Taxonomies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxonomies()
	 * @generated
	 * @ordered
	 */
	protected EList<Taxonomy> taxonomies;

	/**
	 * The cached value of the '{@link #getBaskets() <em>Baskets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaskets()
	 * @generated
	 * @ordered
	 */
	protected EList<Basket> baskets;

	/**
	 * The cached value of the '{@link #getSavedSearches() <em>Saved Searches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedSearches()
	 * @generated
	 * @ordered
	 */
	protected EList<SavedSearch> savedSearches;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KnowledgeBaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.KNOWLEDGE_BASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.KNOWLEDGE_BASE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(long newGeneration) {
		long oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.KNOWLEDGE_BASE__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList.Resolving<Source>(Source.class, this, LexgraphPackage.KNOWLEDGE_BASE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Collection> getCollections() {
		if (collections == null) {
			collections = new EObjectContainmentEList<Collection>(Collection.class, this, LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS);
		}
		return collections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, LexgraphPackage.KNOWLEDGE_BASE__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taxonomy> getTaxonomies() {
		if (taxonomies == null) {
			taxonomies = new EObjectContainmentEList<Taxonomy>(Taxonomy.class, this, LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES);
		}
		return taxonomies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Basket> getBaskets() {
		if (baskets == null) {
			baskets = new EObjectContainmentEList<Basket>(Basket.class, this, LexgraphPackage.KNOWLEDGE_BASE__BASKETS);
		}
		return baskets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SavedSearch> getSavedSearches() {
		if (savedSearches == null) {
			savedSearches = new EObjectContainmentEList<SavedSearch>(SavedSearch.class, this, LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES);
		}
		return savedSearches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
				return ((InternalEList<?>)getCollections()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
				return ((InternalEList<?>)getTaxonomies()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
				return ((InternalEList<?>)getBaskets()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				return ((InternalEList<?>)getSavedSearches()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.KNOWLEDGE_BASE__NAME:
				return getName();
			case LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION:
				return getFormatVersion();
			case LexgraphPackage.KNOWLEDGE_BASE__GENERATION:
				return getGeneration();
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
				return getSources();
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
				return getCollections();
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
				return getActors();
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
				return getTaxonomies();
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
				return getBaskets();
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				return getSavedSearches();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LexgraphPackage.KNOWLEDGE_BASE__NAME:
				setName((String)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__GENERATION:
				setGeneration((Long)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
				getSources().clear();
				getSources().addAll((java.util.Collection<? extends Source>)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
				getCollections().clear();
				getCollections().addAll((java.util.Collection<? extends Collection>)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
				getActors().clear();
				getActors().addAll((java.util.Collection<? extends Actor>)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
				getTaxonomies().clear();
				getTaxonomies().addAll((java.util.Collection<? extends Taxonomy>)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
				getBaskets().clear();
				getBaskets().addAll((java.util.Collection<? extends Basket>)newValue);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				getSavedSearches().clear();
				getSavedSearches().addAll((java.util.Collection<? extends SavedSearch>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LexgraphPackage.KNOWLEDGE_BASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
				getSources().clear();
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
				getCollections().clear();
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
				getActors().clear();
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
				getTaxonomies().clear();
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
				getBaskets().clear();
				return;
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				getSavedSearches().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LexgraphPackage.KNOWLEDGE_BASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LexgraphPackage.KNOWLEDGE_BASE__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case LexgraphPackage.KNOWLEDGE_BASE__GENERATION:
				return generation != GENERATION_EDEFAULT;
			case LexgraphPackage.KNOWLEDGE_BASE__SOURCES:
				return sources != null && !sources.isEmpty();
			case LexgraphPackage.KNOWLEDGE_BASE__COLLECTIONS:
				return collections != null && !collections.isEmpty();
			case LexgraphPackage.KNOWLEDGE_BASE__ACTORS:
				return actors != null && !actors.isEmpty();
			case LexgraphPackage.KNOWLEDGE_BASE__TAXONOMIES:
				return taxonomies != null && !taxonomies.isEmpty();
			case LexgraphPackage.KNOWLEDGE_BASE__BASKETS:
				return baskets != null && !baskets.isEmpty();
			case LexgraphPackage.KNOWLEDGE_BASE__SAVED_SEARCHES:
				return savedSearches != null && !savedSearches.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", generation: ");
		result.append(generation);
		result.append(')');
		return result.toString();
	}

} //KnowledgeBaseImpl
