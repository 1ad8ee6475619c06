package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A plan year's money for a part of an approved plan's budget lines: allocation decisions to communes and district
 * agencies, payments from them until a last day, and one payment partly reversed — derived from the seed, the year
 * and the lines, so the same plan always gets the same money.
 */
public final class FundingActivity {

    /** A budget line as funding-service lists it. */
    public record Line(String key, String projectCode, String subProjectCode, String fundType, long proposedVnd) {
    }

    /** A payment from an allocation, and the part of it given back later, if any. */
    public record Payment(String reference, long amountVnd, LocalDate valueDate, String payee, Reversal reversal) {
    }

    /** Money given back from a payment. */
    public record Reversal(long amountVnd, LocalDate valueDate, String reason) {
    }

    /** An allocation decision and its payments. */
    public record Allocation(String key, Line line, String implementingUnit, String implementingAreaCode,
            long amountVnd, String decisionNumber, LocalDate decisionDate, List<Payment> payments) {

        public long disbursedVnd() {
            return payments.stream().mapToLong(p -> p.amountVnd() - (p.reversal() == null ? 0 : p.reversal().amountVnd()))
                    .sum();
        }
    }

    private FundingActivity() {
    }

    /**
     * @param communes the district's communes (code, name), to which some lines are assigned
     * @param lastPayment the last day a payment is made (the district's communes and agencies ended on 2025-06-30)
     */
    public static List<Allocation> of(long seed, List<Line> lines, List<SyntheticProvince.Commune> communes,
            String districtCode, String districtAgency, int year, LocalDate lastPayment) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + (year - 2023));
        List<Line> sorted = lines.stream().filter(l -> l.proposedVnd() >= 1_000_000)
                .sorted(Comparator.comparing(Line::key)).toList();
        List<Allocation> out = new ArrayList<>();
        int decision = 120;
        for (int i = 0; i < sorted.size(); i++) {
            Line line = sorted.get(i);
            if (i % 4 == 3) {
                continue; // a quarter of the lines gets no decision this year
            }
            long assigned = line.proposedVnd() * (60 + random.nextInt(41)) / 100 / 1_000 * 1_000;
            boolean split = random.nextBoolean() && assigned >= 2_000_000;
            long first = split ? assigned * (40 + random.nextInt(21)) / 100 / 1_000 * 1_000 : assigned;
            List<long[]> parts = split ? List.of(new long[] { first }, new long[] { assigned - first })
                    : List.<long[]>of(new long[] { first });
            for (int p = 0; p < parts.size(); p++) {
                long amount = parts.get(p)[0];
                boolean toCommune = p == 1 || random.nextInt(3) == 0;
                SyntheticProvince.Commune commune = communes.get(random.nextInt(communes.size()));
                String unit = toCommune ? "UBND " + commune.name() : districtAgency;
                String area = toCommune ? commune.code() : districtCode;
                LocalDate decided = LocalDate.of(year, 2, 1).plusDays(random.nextInt(60));
                String key = year + "-" + line.key() + "-" + (p + 1);
                out.add(new Allocation(key, line, unit, area, amount, (decision++) + "/QĐ-UBND", decided,
                        payments(random, key, amount, decided, unit, out.isEmpty(), lastPayment)));
            }
        }
        return out;
    }

    private static List<Payment> payments(SplittableRandom random, String key, long allocation, LocalDate decided,
            String payee, boolean withReversal, LocalDate lastPayment) {
        long total = allocation * (30 + random.nextInt(66)) / 100 / 1_000 * 1_000;
        int count = total < 3_000 ? 1 : 1 + random.nextInt(3);
        List<Payment> out = new ArrayList<>();
        long left = total;
        LocalDate date = decided;
        for (int n = 1; n <= count && left > 0; n++) {
            long amount = n == count ? left : Math.max(1_000, left * (30 + random.nextInt(41)) / 100 / 1_000 * 1_000);
            left -= amount;
            date = date.plusDays(15 + random.nextInt(60));
            if (date.isAfter(lastPayment)) {
                date = lastPayment;
            }
            Reversal reversal = withReversal && n == 1
                    ? new Reversal(amount / 10 / 1_000 * 1_000 == 0 ? amount : amount / 10 / 1_000 * 1_000,
                            date.plusDays(14).isAfter(lastPayment) ? lastPayment : date.plusDays(14),
                            "Chi vượt khối lượng nghiệm thu, thu hồi nộp lại ngân sách")
                    : null;
            out.add(new Payment("KB-" + key + "-" + n, amount, date, payee, reversal));
        }
        return out;
    }
}
