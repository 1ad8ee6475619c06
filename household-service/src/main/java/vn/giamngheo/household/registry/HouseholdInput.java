package vn.giamngheo.household.registry;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.giamngheo.household.domain.EthnicMinority;
import vn.giamngheo.household.domain.Person;

/** A household to register: its village and its members, one of them the head. */
public record HouseholdInput(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String village,
        @NotEmpty(message = "must list the members, the head first") List<@Valid @NotNull(message = "must not be null") MemberInput> members) {

    /** A member: personal data, kept from every role that does not need it. */
    public record MemberInput(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String fullName,
            @NotNull(message = "is required") @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer birthYear,
            @NotNull(message = "is required") @Pattern(regexp = "MALE|FEMALE", message = "must be MALE or FEMALE") String sex,
            @NotBlank(message = "is required, e.g. Tày, Nùng, Kinh") @Size(max = 50, message = "must be at most 50 characters") String ethnicity,
            @NotNull(message = "is required") @Pattern(regexp = "HEAD|SPOUSE|CHILD|PARENT|GRANDCHILD|OTHER", message = "must be HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD or OTHER") String relation,
            Boolean disability,
            Boolean healthInsurance,
            @Pattern(regexp = "\\d{12}", message = "must be the 12 digits of the citizen identity card") String personalId) {

        public boolean hasDisability() {
            return Boolean.TRUE.equals(disability);
        }

        @JsonIgnore
        public boolean isInsured() {
            return Boolean.TRUE.equals(healthInsurance);
        }
    }

    public MemberInput head() {
        return members.stream().filter(m -> Person.HEAD.equals(m.relation())).findFirst().orElse(null);
    }

    /** The members as the registry's rules see them (a member sent as null stays null). */
    public List<Person> people() {
        return members.stream().map(m -> m == null ? null : new Person(m.relation(), m.ethnicity(), m.personalId()))
                .toList();
    }

    public boolean ethnicMinority() {
        return EthnicMinority.household(members.stream()
                .map(m -> new EthnicMinority.Person(m.relation(), m.ethnicity())).toList());
    }
}
