/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference found in a passage, normalised to a key and resolved where the knowledge base holds the target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Citation#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getType <em>Type</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getText <em>Text</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getTargetKey <em>Target Key</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getPinpoint <em>Pinpoint</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getResolvedSource <em>Resolved Source</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getResolvedElement <em>Resolved Element</em>}</li>
 *   <li>{@link org.lexgraph.model.Citation#getResolvedVersion <em>Resolved Version</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getCitation()
 * @model
 * @generated
 */
public interface Citation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Passage</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Passage#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passage</em>' container reference.
	 * @see #setPassage(Passage)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_Passage()
	 * @see org.lexgraph.model.Passage#getCitations
	 * @model opposite="citations"
	 * @generated
	 */
	Passage getPassage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getPassage <em>Passage</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage</em>' container reference.
	 * @see #getPassage()
	 * @generated
	 */
	void setPassage(Passage value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.CitationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.lexgraph.model.CitationType
	 * @see #setType(CitationType)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_Type()
	 * @model
	 * @generated
	 */
	CitationType getType();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.lexgraph.model.CitationType
	 * @see #getType()
	 * @generated
	 */
	void setType(CitationType value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citation as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Target Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normalised key, e.g. kst:36600-XVI:161 or ecli:ECLI:NL:RVS:2019:625.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Key</em>' attribute.
	 * @see #setTargetKey(String)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_TargetKey()
	 * @model
	 * @generated
	 */
	String getTargetKey();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getTargetKey <em>Target Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Key</em>' attribute.
	 * @see #getTargetKey()
	 * @generated
	 */
	void setTargetKey(String value);

	/**
	 * Returns the value of the '<em><b>Pinpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page, article or lid cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinpoint</em>' attribute.
	 * @see #setPinpoint(String)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_Pinpoint()
	 * @model
	 * @generated
	 */
	String getPinpoint();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getPinpoint <em>Pinpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinpoint</em>' attribute.
	 * @see #getPinpoint()
	 * @generated
	 */
	void setPinpoint(String value);

	/**
	 * Returns the value of the '<em><b>Resolved Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved Source</em>' reference.
	 * @see #setResolvedSource(Source)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_ResolvedSource()
	 * @model
	 * @generated
	 */
	Source getResolvedSource();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getResolvedSource <em>Resolved Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved Source</em>' reference.
	 * @see #getResolvedSource()
	 * @generated
	 */
	void setResolvedSource(Source value);

	/**
	 * Returns the value of the '<em><b>Resolved Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved Element</em>' reference.
	 * @see #setResolvedElement(StructureElement)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_ResolvedElement()
	 * @model
	 * @generated
	 */
	StructureElement getResolvedElement();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getResolvedElement <em>Resolved Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved Element</em>' reference.
	 * @see #getResolvedElement()
	 * @generated
	 */
	void setResolvedElement(StructureElement value);

	/**
	 * Returns the value of the '<em><b>Resolved Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved Version</em>' reference.
	 * @see #setResolvedVersion(RegulationVersion)
	 * @see org.lexgraph.model.LexgraphPackage#getCitation_ResolvedVersion()
	 * @model
	 * @generated
	 */
	RegulationVersion getResolvedVersion();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Citation#getResolvedVersion <em>Resolved Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved Version</em>' reference.
	 * @see #getResolvedVersion()
	 * @generated
	 */
	void setResolvedVersion(RegulationVersion value);

} // Citation
