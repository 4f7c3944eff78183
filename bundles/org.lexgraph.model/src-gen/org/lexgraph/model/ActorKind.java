/**
 */
package org.lexgraph.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lexgraph.model.LexgraphPackage#getActorKind()
 * @model
 * @generated
 */
public enum ActorKind implements Enumerator {
	/**
	 * The '<em><b>ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(0, "ORGANISATION", "organisation"),

	/**
	 * The '<em><b>MINISTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY(1, "MINISTRY", "ministry"),

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY(2, "MUNICIPALITY", "municipality"),

	/**
	 * The '<em><b>COURT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COURT_VALUE
	 * @generated
	 * @ordered
	 */
	COURT(3, "COURT", "court"),

	/**
	 * The '<em><b>PERSON IN ROLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON_IN_ROLE_VALUE
	 * @generated
	 * @ordered
	 */
	PERSON_IN_ROLE(4, "PERSON_IN_ROLE", "person"),

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARLIAMENT(5, "PARLIAMENT", "parliament"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "other");

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION
	 * @model literal="organisation"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 0;

	/**
	 * The '<em><b>MINISTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY
	 * @model literal="ministry"
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_VALUE = 1;

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY
	 * @model literal="municipality"
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_VALUE = 2;

	/**
	 * The '<em><b>COURT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COURT
	 * @model literal="court"
	 * @generated
	 * @ordered
	 */
	public static final int COURT_VALUE = 3;

	/**
	 * The '<em><b>PERSON IN ROLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON_IN_ROLE
	 * @model literal="person"
	 * @generated
	 * @ordered
	 */
	public static final int PERSON_IN_ROLE_VALUE = 4;

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT
	 * @model literal="parliament"
	 * @generated
	 * @ordered
	 */
	public static final int PARLIAMENT_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorKind[] VALUES_ARRAY =
		new ActorKind[] {
			ORGANISATION,
			MINISTRY,
			MUNICIPALITY,
			COURT,
			PERSON_IN_ROLE,
			PARLIAMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(int value) {
		switch (value) {
			case ORGANISATION_VALUE: return ORGANISATION;
			case MINISTRY_VALUE: return MINISTRY;
			case MUNICIPALITY_VALUE: return MUNICIPALITY;
			case COURT_VALUE: return COURT;
			case PERSON_IN_ROLE_VALUE: return PERSON_IN_ROLE;
			case PARLIAMENT_VALUE: return PARLIAMENT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActorKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ActorKind
