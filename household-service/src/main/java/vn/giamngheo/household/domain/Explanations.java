package vn.giamngheo.household.domain;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/** Says in words, in Vietnamese and English, why a household is in its class. */
final class Explanations {

    private Explanations() {
    }

    static String vietnamese(PovertyStandard s, AreaType area, PovertyStatus status, Classification.Basis basis,
            long value, long line, Long upper, int d, boolean lowIncome) {
        String measure = basis == Classification.Basis.INCOME
                ? "Thu nhập bình quân " + Vnd.vi(value) + "/người/tháng"
                : "Điểm A là " + value + " điểm";
        String lineText = basis == Classification.Basis.INCOME ? Vnd.vi(line) : line + " điểm";
        String areaText = area == AreaType.URBAN ? "khu vực thành thị" : "khu vực nông thôn";
        String head = measure + (value <= line ? " không vượt " : " vượt ") + "chuẩn " + lineText + " của "
                + areaText + " (" + s.name() + "); thiếu hụt " + d + " chỉ số (ngưỡng " + s.deprivationCutoff() + ").";
        String verdict = switch (status) {
            case POOR -> " Hộ thuộc diện hộ nghèo.";
            case NEAR_POOR -> " Hộ thuộc diện hộ cận nghèo.";
            case AVERAGE_LIVING -> " Hộ có mức sống trung bình (thu nhập không vượt " + (basis
                    == Classification.Basis.INCOME ? Vnd.vi(upper) : upper + " điểm") + ").";
            case NOT_POOR -> value > line && d >= s.deprivationCutoff()
                    ? " Hộ không nghèo: thu nhập trên chuẩn thì không xét là hộ nghèo dù thiếu hụt nhiều chỉ số."
                    : " Hộ không thuộc diện nghèo, cận nghèo.";
        };
        return head + verdict + (lowIncome ? " Có người lao động thu nhập thấp (NĐ 30/2025/NĐ-CP)." : "");
    }

    static String english(PovertyStandard s, AreaType area, PovertyStatus status, Classification.Basis basis,
            long value, long line, Long upper, int d, boolean lowIncome) {
        String measure = basis == Classification.Basis.INCOME
                ? "Income of " + Vnd.en(value) + " per person per month"
                : "Score A of " + value + " points";
        String lineText = basis == Classification.Basis.INCOME ? Vnd.en(line) : line + " points";
        String head = measure + (value <= line ? " is at or below " : " is above ") + "the " + (area == AreaType.URBAN
                ? "urban" : "rural") + " line of " + lineText + " (" + s.code() + "); " + d
                + " deprivation(s) counted (cut-off " + s.deprivationCutoff() + ").";
        String verdict = switch (status) {
            case POOR -> " The household is poor.";
            case NEAR_POOR -> " The household is near-poor.";
            case AVERAGE_LIVING -> " The household has an average living standard (at or below " + (basis
                    == Classification.Basis.INCOME ? Vnd.en(upper) : upper + " points") + ").";
            case NOT_POOR -> value > line && d >= s.deprivationCutoff()
                    ? " Not poor: above the income line a household is never poor, whatever its deprivations."
                    : " The household is neither poor nor near-poor.";
        };
        return head + verdict + (lowIncome ? " It has low-income workers (NĐ 30/2025/NĐ-CP)." : "");
    }
}
