/**
 */
package org.lexgraph.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Citation Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lexgraph.model.LexgraphPackage#getCitationType()
 * @model
 * @generated
 */
public enum CitationType implements Enumerator {
	/**
	 * The '<em><b>KAMERSTUK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAMERSTUK_VALUE
	 * @generated
	 * @ordered
	 */
	KAMERSTUK(0, "KAMERSTUK", "kamerstuk"),

	/**
	 * The '<em><b>HANDELINGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDELINGEN_VALUE
	 * @generated
	 * @ordered
	 */
	HANDELINGEN(1, "HANDELINGEN", "handelingen"),

	/**
	 * The '<em><b>GAZETTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAZETTE_VALUE
	 * @generated
	 * @ordered
	 */
	GAZETTE(2, "GAZETTE", "gazette"),

	/**
	 * The '<em><b>BWB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BWB_VALUE
	 * @generated
	 * @ordered
	 */
	BWB(3, "BWB", "bwb"),

	/**
	 * The '<em><b>CVDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CVDR_VALUE
	 * @generated
	 * @ordered
	 */
	CVDR(4, "CVDR", "cvdr"),

	/**
	 * The '<em><b>ECLI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECLI_VALUE
	 * @generated
	 * @ordered
	 */
	ECLI(5, "ECLI", "ecli"),

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
	 * The '<em><b>KAMERSTUK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAMERSTUK
	 * @model literal="kamerstuk"
	 * @generated
	 * @ordered
	 */
	public static final int KAMERSTUK_VALUE = 0;

	/**
	 * The '<em><b>HANDELINGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDELINGEN
	 * @model literal="handelingen"
	 * @generated
	 * @ordered
	 */
	public static final int HANDELINGEN_VALUE = 1;

	/**
	 * The '<em><b>GAZETTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAZETTE
	 * @model literal="gazette"
	 * @generated
	 * @ordered
	 */
	public static final int GAZETTE_VALUE = 2;

	/**
	 * The '<em><b>BWB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BWB
	 * @model literal="bwb"
	 * @generated
	 * @ordered
	 */
	public static final int BWB_VALUE = 3;

	/**
	 * The '<em><b>CVDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CVDR
	 * @model literal="cvdr"
	 * @generated
	 * @ordered
	 */
	public static final int CVDR_VALUE = 4;

	/**
	 * The '<em><b>ECLI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECLI
	 * @model literal="ecli"
	 * @generated
	 * @ordered
	 */
	public static final int ECLI_VALUE = 5;

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
	 * An array of all the '<em><b>Citation Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CitationType[] VALUES_ARRAY =
		new CitationType[] {
			KAMERSTUK,
			HANDELINGEN,
			GAZETTE,
			BWB,
			CVDR,
			ECLI,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Citation Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CitationType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Citation Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CitationType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CitationType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Citation Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CitationType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CitationType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Citation Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CitationType get(int value) {
		switch (value) {
			case KAMERSTUK_VALUE: return KAMERSTUK;
			case HANDELINGEN_VALUE: return HANDELINGEN;
			case GAZETTE_VALUE: return GAZETTE;
			case BWB_VALUE: return BWB;
			case CVDR_VALUE: return CVDR;
			case ECLI_VALUE: return ECLI;
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
	private CitationType(int value, String name, String literal) {
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
	
} //CitationType
