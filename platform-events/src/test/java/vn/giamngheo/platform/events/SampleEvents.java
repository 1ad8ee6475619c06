package vn.giamngheo.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.FundsMovement;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdStatusChanged;
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.events.payload.PlanProgressReported;
import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.events.payload.TargetKind;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.refdata.AreaType;

/** One payload of every event type, with the seed's figures where it has them. */
final class SampleEvents {

    static final UUID PLAN = UUID.fromString("0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023");

    private SampleEvents() {
    }

    static PlanApproved planApproved() {
        return new PlanApproved(PLAN, PlanApproved.planKey("047", 2023), 1, null, null, "047", 2023, null, null,
                LocalDate.of(2022, 12, 20), "Nông Văn Bộ",
                List.of(new PlanApproved.Target(TargetKind.MULTIDIMENSIONAL_RATE, PopulationGroup.ALL,
                        new BigDecimal("6.8"), null, null, "giảm tỷ lệ nghèo đa chiều 6,8% trở lên"),
                        new PlanApproved.Target(TargetKind.POOR_RATE, PopulationGroup.ALL, new BigDecimal("5.0"),
                                null, null, null)),
                List.of(new PlanApproved.OutputIndicator("DA6.TDA2.attendances", "DA6", "TDA2",
                        "Truyền thông về giảm nghèo cho khoảng 300 lượt người", "lượt người", new BigDecimal(300),
                        true)),
                List.of(new PlanApproved.BudgetLine("DA1.TDA1.INVESTMENT.CENTRAL_BUDGET", "DA1", "TDA1",
                        FundType.INVESTMENT, FundSource.CENTRAL_BUDGET, 104_482_000_000L),
                        new PlanApproved.BudgetLine("DA2.UNSPECIFIED.UNSPECIFIED", "DA2", null,
                                FundType.UNSPECIFIED, FundSource.UNSPECIFIED, 12_893_000_000L)));
    }

    static PlanApproved planRevised() {
        PlanApproved v1 = planApproved();
        return new PlanApproved(v1.planId(), v1.planKey(), 2, 1, "Điều chỉnh kế hoạch vốn", v1.unitCode(),
                v1.year(), "123/KH-UBND", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 15), "Nông Văn Bộ",
                v1.targets(), v1.outputIndicators(), v1.budgetLines());
    }

    static PlanProgressReported planProgress() {
        return new PlanProgressReported(PLAN, "047:2023", 1, "047", 2023, LocalDate.of(2023, 9, 30),
                List.of(new PlanProgressReported.IndicatorProgress("DA6.TDA2.attendances", new BigDecimal(180))));
    }

    static HouseholdStatusChanged householdStatusChanged() {
        return new HouseholdStatusChanged("hh-7f3a9c", "01477", "047", "04", AreaType.URBAN, 2023,
                "01477-2022-PERIODIC", ReviewRoundKind.PERIODIC, "45/QĐ-UBND", LocalDate.of(2022, 12, 10),
                "ND-07-2021", PovertyStatus.NEAR_POOR, PovertyStatus.POOR, MovementKind.FROM_NEAR_POOR, true, 5);
    }

    static HouseholdStatusChanged householdAfterReform() {
        return new HouseholdStatusChanged("hh-7f3a9c", "01477", null, "04", AreaType.RURAL, 2026,
                "01477-2025-PERIODIC", ReviewRoundKind.PERIODIC, null, LocalDate.of(2025, 12, 10), "ND-07-2021",
                null, PovertyStatus.POOR, MovementKind.NEW, false, 3);
    }

    /** The review of late 2026 under NĐ 351/2025: a household poor only because the line rose. */
    static HouseholdStatusChangedV2 householdStatusChangedV2() {
        return new HouseholdStatusChangedV2("01465-7F3A9C2D1E", "01465", null, "04", AreaType.RURAL, 2027,
                ChangeCause.PERIODIC_REVIEW, "3c1d7a52-9f0e-4b7e-a0f1-2b6d8e4c2027", "112/QĐ-UBND",
                LocalDate.of(2026, 12, 10), "ND-351-2025", "ND-351-2025@3f9a1c2b7d10", PovertyStatus.AVERAGE_LIVING,
                PovertyStatus.POOR, MovementKind.STANDARD_RECLASSIFICATION, true, 4,
                List.of("WASTE", "TELECOM", "HOUSING_AREA"), false);
    }

    /** The 2026 review found a near-poor household of list 2026 poor under NĐ 351/2025, on three indicators. */
    static HouseholdDeprivationsRecognised householdDeprivationsRecognised() {
        return new HouseholdDeprivationsRecognised("01465-7F3A9C2D1E", "01465", null, "04", 2027,
                ChangeCause.PERIODIC_REVIEW, "3c1d7a52-9f0e-4b7e-a0f1-2b6d8e4c2027", LocalDate.of(2026, 12, 10),
                "ND-351-2025", "ND-351-2025@3f9a1c2b7d10",
                new HouseholdDeprivationsRecognised.Standing(PovertyStatus.NEAR_POOR, true, List.of(
                        new HouseholdDeprivationsRecognised.Deprivation("TELECOM", "thông tin",
                                "Sử dụng dịch vụ viễn thông"))),
                new HouseholdDeprivationsRecognised.Standing(PovertyStatus.POOR, true, List.of(
                        new HouseholdDeprivationsRecognised.Deprivation("WASTE", "nước sinh hoạt, vệ sinh và môi trường",
                                "Thu gom, xử lý rác thải sinh hoạt"),
                        new HouseholdDeprivationsRecognised.Deprivation("TELECOM", "thông tin",
                                "Sử dụng dịch vụ viễn thông"),
                        new HouseholdDeprivationsRecognised.Deprivation("HOUSING_AREA", "nhà ở",
                                "Diện tích nhà ở bình quân đầu người"))));
    }

    static TotalHouseholdsReported totalHouseholds() {
        return new TotalHouseholdsReported("01477", "047", "04", 2023, 1_254, 1_101L, LocalDate.of(2022, 12, 5));
    }

    static FundsMovement fundsAllocated() {
        return new FundsMovement(UUID.randomUUID(), UUID.randomUUID(), null, PLAN, 1, "047",
                "DA1.TDA1.INVESTMENT.CENTRAL_BUDGET", "DA1", "TDA1", FundType.INVESTMENT, FundSource.CENTRAL_BUDGET,
                "Ban quản lý dự án ĐT & XD huyện Trùng Khánh", "047", 2023, 50_000_000_000L, LocalDate.of(2023, 2, 1),
                "12/QĐ-UBND");
    }

    static FundsMovement fundsDisbursed() {
        FundsMovement a = fundsAllocated();
        return new FundsMovement(UUID.randomUUID(), a.allocationId(), null, a.planId(), 1, "047", a.lineKey(),
                "DA1", "TDA1", a.fundType(), a.fundSource(), a.implementingUnit(), "047", 2023, 1_250_000_000L,
                LocalDate.of(2023, 3, 15), null);
    }

    static FundsMovement disbursementReversed() {
        FundsMovement d = fundsDisbursed();
        return new FundsMovement(UUID.randomUUID(), d.allocationId(), d.entryId(), d.planId(), 1, "047",
                d.lineKey(), "DA1", "TDA1", d.fundType(), d.fundSource(), d.implementingUnit(), "047", 2023,
                250_000_000L, LocalDate.of(2023, 3, 20), null);
    }
}
