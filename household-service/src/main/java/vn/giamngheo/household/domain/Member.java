package vn.giamngheo.household.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of a household: personal data, shown only to the roles that need it. */
@Entity
@Table(name = "household_member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_year")
    public int birthYear;

    public String sex;

    public String ethnicity;

    public String relation;

    public boolean disability;

    @Column(name = "health_insurance")
    public boolean healthInsurance;

    @Column(name = "personal_id")
    public String personalId;

    /** The name without diacritics, lower-cased, as names are searched. */
    @Column(name = "name_folded")
    public String nameFolded;

    /** The member as a change request keeps them: the values before a correction, a removed member. */
    public java.util.Map<String, Object> asRecorded() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("id", id);
        s.put("fullName", fullName);
        s.put("birthYear", birthYear);
        s.put("sex", sex);
        s.put("ethnicity", ethnicity);
        s.put("relation", relation);
        s.put("disability", disability);
        s.put("healthInsurance", healthInsurance);
        s.put("personalId", personalId);
        return s;
    }

    public static List<Member> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by relation, birthYear", householdId);
    }
}
