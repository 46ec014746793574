package org.kulisse.ecvet;

import java.util.List;
import org.kulisse.core.model.Extensions;

/**
 * An institution empowered to design and award qualifications or units, assess, validate or recognise learning
 * outcomes (ECVET Annex I).
 *
 * @param id identifier, unique among the signatories of a memorandum
 * @param name the institution's name
 * @param country ISO 3166-1 alpha-2 code (ISO 3166-2 for the UK nations)
 * @param address postal address, or null
 * @param website web address, or null
 * @param contact contact person, or null
 * @param roles what it does in the partnership
 * @param extensions unknown fields kept from the document
 */
public record CompetentInstitution(String id, String name, String country, String address, String website,
        ContactPerson contact, List<InstitutionRole> roles, Extensions extensions) {

    public CompetentInstitution {
        roles = roles == null ? List.of() : List.copyOf(roles);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public static CompetentInstitution of(String id, String name, String country, InstitutionRole... roles) {
        return new CompetentInstitution(id, name, country, null, null, null, List.of(roles), null);
    }
}
