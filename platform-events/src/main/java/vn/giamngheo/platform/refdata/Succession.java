package vn.giamngheo.platform.refdata;

import java.time.LocalDate;

/** Part or all of the predecessor's land went to the successor from the effective date. */
public record Succession(String predecessorCode, String successorCode, LocalDate effective) {
}
