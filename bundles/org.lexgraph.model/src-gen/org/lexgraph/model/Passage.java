/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Passage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span of a source's text, sized for search, with its place in the source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Passage#getSource <em>Source</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getText <em>Text</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getPage <em>Page</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getPageEnd <em>Page End</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getElement <em>Element</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lexgraph.model.Passage#getThemeLinks <em>Theme Links</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getPassage()
 * @model
 * @generated
 */
public interface Passage extends Annotated {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Source#getPassages <em>Passages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' container reference.
	 * @see #setSource(Source)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Source()
	 * @see org.lexgraph.model.Source#getPassages
	 * @model opposite="passages"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getSource <em>Source</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' container reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Ordinal()
	 * @model
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First page (1-based); 0 when the format has no pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(int)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Page()
	 * @model
	 * @generated
	 */
	int getPage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(int value);

	/**
	 * Returns the value of the '<em><b>Page End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last page when the passage spans pages; 0 otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page End</em>' attribute.
	 * @see #setPageEnd(int)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_PageEnd()
	 * @model
	 * @generated
	 */
	int getPageEnd();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getPageEnd <em>Page End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page End</em>' attribute.
	 * @see #getPageEnd()
	 * @generated
	 */
	void setPageEnd(int value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Structural anchor: the heading or article label above the passage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see #setAnchor(String)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Anchor()
	 * @model
	 * @generated
	 */
	String getAnchor();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The article or lid this passage is the text of, for regulations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(StructureElement)
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Element()
	 * @model
	 * @generated
	 */
	StructureElement getElement();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Passage#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(StructureElement value);

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Citation}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Citation#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citations</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_Citations()
	 * @see org.lexgraph.model.Citation#getPassage
	 * @model opposite="passage" containment="true"
	 * @generated
	 */
	EList<Citation> getCitations();

	/**
	 * Returns the value of the '<em><b>Theme Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.ThemeLink}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.ThemeLink#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme Links</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getPassage_ThemeLinks()
	 * @see org.lexgraph.model.ThemeLink#getPassage
	 * @model opposite="passage" containment="true"
	 * @generated
	 */
	EList<ThemeLink> getThemeLinks();

} // Passage
