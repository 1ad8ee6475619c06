package vn.giamngheo.household.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandard.Text;
import vn.giamngheo.household.domain.Vnd;
import vn.giamngheo.platform.refdata.AreaType;

/** Builds a standard's questionnaire from its data alone: nothing in a form is written twice. */
public final class Questionnaires {

    private Questionnaires() {
    }

    public static Questionnaire of(PovertyStandard s) {
        Map<String, List<Questionnaire.Question>> byDimension = new LinkedHashMap<>();
        List<String> provisional = s.provisionalFigures();
        for (PovertyStandard.Indicator i : s.indicators()) {
            boolean unconfirmed = provisional.stream().anyMatch(f -> f.equals("indicators." + i.code())
                    || f.startsWith("indicators." + i.code() + "."));
            byDimension.computeIfAbsent(i.dimension(), k -> new ArrayList<>()).add(new Questionnaire.Question(i.code(),
                    i.name(), i.question(), i.help(), i.deprivedWhen(), i.source(), unconfirmed));
        }
        List<Questionnaire.Dimension> dimensions = byDimension.entrySet().stream()
                .map(e -> new Questionnaire.Dimension(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new Questionnaire(s.code(), s.name(), s.version(), s.firstListYear(), s.lastListYear(), income(s),
                score(s), s.deprivationCutoff(), dimensions, s.provisional());
    }

    private static Questionnaire.IncomeMethod income(PovertyStandard s) {
        long rural = s.incomeLineVnd().get(AreaType.RURAL);
        long urban = s.incomeLineVnd().get(AreaType.URBAN);
        Map<AreaType, Long> upper = s.averageLivingUpperBoundVnd();
        String vi = "Thu nhập bình quân đầu người một tháng của hộ: không vượt " + Vnd.vi(rural) + " (nông thôn) hoặc "
                + Vnd.vi(urban) + " (thành thị, đô thị) là hộ nghèo khi thiếu hụt từ " + s.deprivationCutoff()
                + " chỉ số trở lên, hộ cận nghèo khi thiếu hụt ít hơn; vượt chuẩn thì không là hộ nghèo, dù thiếu hụt"
                + " bao nhiêu chỉ số." + (upper == null ? " Chuẩn hộ có mức sống trung bình chưa được công bố."
                        : " Hộ có mức sống trung bình: thu nhập trên chuẩn, không vượt " + Vnd.vi(upper.get(AreaType.RURAL))
                                + " (nông thôn) hoặc " + Vnd.vi(upper.get(AreaType.URBAN)) + " (thành thị).");
        String en = "Monthly income per person of the household: at most " + Vnd.en(rural) + " (rural) or "
                + Vnd.en(urban) + " (urban) is poor with " + s.deprivationCutoff() + " or more deprivations and"
                + " near-poor with fewer; above the line a household is never poor, whatever its deprivations."
                + (upper == null ? " The average-living band is not published."
                        : " Average living standard: above the line, at most " + Vnd.en(upper.get(AreaType.RURAL))
                                + " (rural) or " + Vnd.en(upper.get(AreaType.URBAN)) + " (urban).");
        return new Questionnaire.IncomeMethod(new Text(vi, en), s.incomeLineVnd(), upper, s.incomeLineSource());
    }

    private static Questionnaire.ScoreMethod score(PovertyStandard s) {
        int per = s.scoreBPointsPerIndicator();
        String vi = s.scoreA() == null
                ? "Điểm A của phiếu khảo sát chưa có quy đổi cho chuẩn này: khai thu nhập bình quân đầu người."
                : "Điểm A của phiếu khảo sát thay cho thu nhập: không vượt " + s.scoreA().povertyLine().get(AreaType.RURAL)
                        + " điểm (nông thôn) hoặc " + s.scoreA().povertyLine().get(AreaType.URBAN) + " điểm (thành thị).";
        String en = s.scoreA() == null
                ? "Score A of the survey form has no equivalents for this standard: give the income per person."
                : "Score A of the survey form in place of income: at most " + s.scoreA().povertyLine().get(AreaType.RURAL)
                        + " points (rural) or " + s.scoreA().povertyLine().get(AreaType.URBAN) + " points (urban).";
        return new Questionnaire.ScoreMethod(new Text(vi + " Điểm B: " + per + " điểm cho mỗi chỉ số thiếu hụt.",
                en + " Score B: " + per + " points per deprived indicator."), s.scoreA(), per);
    }
}
