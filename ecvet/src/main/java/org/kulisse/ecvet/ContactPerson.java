package org.kulisse.ecvet;

/**
 * A contact person of an institution.
 *
 * @param name full name
 * @param position job title, or null
 * @param email e-mail address, or null
 * @param phone phone number, or null
 */
public record ContactPerson(String name, String position, String email, String phone) {
}
