package vn.giamngheo.household.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.giamngheo.household.registry.HouseholdInput;

/**
 * One household's review in a batch: a household of the registry (by its code) or a new one (an applicant, form
 * Mẫu số 01), the survey's answers, and the share of the village meeting that agreed. An app that surveyed a
 * registered household from a copy downloaded earlier sends that copy's {@code householdVersion}: if the household
 * changed on the server meanwhile, the review is refused as a conflict rather than laid over the change.
 */
public record ReviewRecord(
        @Size(max = 40, message = "must be at most 40 characters") String householdCode,
        @Min(value = 0, message = "must be the version of the household you downloaded (0 or more)") Integer householdVersion,
        @Valid HouseholdInput newHousehold,
        @NotNull(message = "is required") LocalDate surveyDate,
        Long incomePerPersonMonthlyVnd,
        Integer scoreA,
        @Size(max = 30, message = "must list at most 30 indicators") List<@NotNull(message = "must be an indicator code") @Size(max = 40, message = "must be an indicator code of at most 40 characters") String> deprivedIndicators,
        Integer scoreB,
        @NotNull(message = "is required: the share of the village meeting that agreed, from 0 to 1")
        @DecimalMin(value = "0", message = "must be from 0 to 1") @DecimalMax(value = "1", message = "must be from 0 to 1") BigDecimal meetingAgreeShare) {
}
