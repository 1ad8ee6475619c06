package vn.giamngheo.reporting.api;

/**
 * Examples of the reports' answers for the API document, computed as the service computes them: every rate is the
 * exact households ÷ resident households × 100 (or disbursed ÷ assigned), rounded half-up to two places, and every
 * change the exact difference of two rates. Lists of communes, areas and deprivations are abridged.
 */
final class ReportExamples {

    private ReportExamples() {
    }

    /** Đàm Thủy's row in the report below. */
    private static final String DAM_THUY_2026 = """
            {"code":"01501",
            "name":"Xã Đàm Thủy","residentHouseholds":3214,"baselineResidentHouseholds":3187,"totalReported":true,
            "poor":{"start":412,"inflows":{"FROM_NEAR_POOR":6,"NEW":18,"RE_ENTRY":4},"outflows":{"EXIT":23,
            "FROM_POOR":71,"OTHER_DECREASE":5},"end":341,"ethnicMinority":{"start":405,"inflow":27,"outflow":97,
            "end":335},"consistent":true,"ratePercent":10.61,"baselineRatePercent":12.93,"changePoints":-2.32},
            "nearPoor":{"start":298,"inflows":{"FROM_POOR":71,"NEW":21,"RE_ENTRY":2},"outflows":{"EXIT":64,
            "FROM_NEAR_POOR":6,"OTHER_DECREASE":3},"end":319,"ethnicMinority":{"start":290,"inflow":92,"outflow":71,
            "end":311},"consistent":true,"ratePercent":9.93,"baselineRatePercent":9.35,"changePoints":0.57},
            "multidimensionalRatePercent":20.54,"multidimensionalChangePoints":-1.74,"standardEffect":null,
            "deprivation":{"poorSurveyed":336,"nearPoorSurveyed":319,"poorNotSurveyed":5,"nearPoorNotSurveyed":0,
            "indicators":[{"code":"SANITATION","name":"Nhà tiêu hợp vệ sinh","dimension":"nước sinh hoạt và vệ sinh",
            "poor":241,"nearPoor":112,"poorEthnicMinority":238,"nearPoorEthnicMinority":109,"poorPercent":71.73,
            "nearPoorPercent":35.11},{"code":"EMPLOYMENT","name":"Việc làm","dimension":"việc làm","poor":198,
            "nearPoor":64,"poorEthnicMinority":195,"nearPoorEthnicMinority":62,"poorPercent":58.93,
            "nearPoorPercent":20.06},{"code":"HOUSING_QUALITY","name":"Chất lượng nhà ở","dimension":"nhà ở",
            "poor":167,"nearPoor":58,"poorEthnicMinority":164,"nearPoorEthnicMinority":57,"poorPercent":49.70,
            "nearPoorPercent":18.18},{"code":"DRINKING_WATER","name":"Nguồn nước sinh hoạt",
            "dimension":"nước sinh hoạt và vệ sinh","poor":121,"nearPoor":37,"poorEthnicMinority":120,
            "nearPoorEthnicMinority":36,"poorPercent":36.01,"nearPoorPercent":11.60}],"dimensions":[{"code":null,
            "name":"nước sinh hoạt và vệ sinh","dimension":"nước sinh hoạt và vệ sinh","poor":262,"nearPoor":128,
            "poorEthnicMinority":259,"nearPoorEthnicMinority":125,"poorPercent":77.98,"nearPoorPercent":40.13},
            {"code":null,"name":"việc làm","dimension":"việc làm","poor":205,"nearPoor":71,"poorEthnicMinority":202,
            "nearPoorEthnicMinority":69,"poorPercent":61.01,"nearPoorPercent":22.26},{"code":null,"name":"nhà ở",
            "dimension":"nhà ở","poor":173,"nearPoor":60,"poorEthnicMinority":170,"nearPoorEthnicMinority":59,
            "poorPercent":51.49,"nearPoorPercent":18.81}]}}""";

    /** Đàm Thủy's list of 2026 against its plan of 2025: a commune's report has one row, its total. */
    static final String POVERTY = """
            {"unitCode":"01501","unitName":"Xã Đàm Thủy","listYear":2026,"planYear":2025,"communes":[""" + DAM_THUY_2026
            + "],\"total\":" + DAM_THUY_2026 + """
            ,"targets":[{"kind":"POOR_RATE","populationGroup":"ALL",
            "target":2.0000,"measure":"POINTS","achieved":2.32,"met":true,
            "description":"Giảm tỷ lệ hộ nghèo từ 2% trở lên"},{"kind":"MULTIDIMENSIONAL_RATE",
            "populationGroup":"ALL","target":3.0000,"measure":"POINTS","achieved":1.74,"met":false,
            "description":"Giảm tỷ lệ nghèo đa chiều từ 3% trở lên"},{"kind":"POOR_RATE",
            "populationGroup":"ETHNIC_MINORITY","target":2.5000,"measure":"POINTS","achieved":null,"met":null,
            "description":"Giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số từ 2,5% trở lên"}],
            "targetsJudgedOn":"ALL_MOVEMENT","targetsOnRealMovement":null,"eventsAwaited":0}""";

    /** Trùng Khánh's list of 2024 against the district's plan of 2023, two of its communes shown. */
    static final String POVERTY_OF_DISTRICT = """
            {"unitCode":"047","unitName":"Huyện Trùng Khánh","listYear":2024,"planYear":2023,
            "communes":[{"code":"01477","name":"Thị trấn Trùng Khánh","residentHouseholds":1486,
            "baselineResidentHouseholds":1471,"totalReported":true,"poor":{"start":98,"inflows":{"FROM_NEAR_POOR":1,
            "NEW":3},"outflows":{"EXIT":14,"FROM_POOR":17,"OTHER_DECREASE":2},"end":69,"ethnicMinority":{"start":91,
            "inflow":4,"outflow":31,"end":64},"consistent":true,"ratePercent":4.64,"baselineRatePercent":6.66,
            "changePoints":-2.02},"nearPoor":{"start":112,"inflows":{"FROM_POOR":17,"NEW":4},"outflows":{"EXIT":19,
            "FROM_NEAR_POOR":1},"end":113,"ethnicMinority":{"start":104,"inflow":20,"outflow":18,"end":106},
            "consistent":true,"ratePercent":7.60,"baselineRatePercent":7.61,"changePoints":-0.01},
            "multidimensionalRatePercent":12.25,"multidimensionalChangePoints":-2.03,"standardEffect":null,
            "deprivation":{"poorSurveyed":66,"nearPoorSurveyed":109,"poorNotSurveyed":3,"nearPoorNotSurveyed":4,
            "indicators":[{"code":"SANITATION","name":"Nhà tiêu hợp vệ sinh","dimension":"nước sinh hoạt và vệ sinh",
            "poor":31,"nearPoor":24,"poorEthnicMinority":29,"nearPoorEthnicMinority":22,"poorPercent":46.97,
            "nearPoorPercent":22.02},{"code":"EMPLOYMENT","name":"Việc làm","dimension":"việc làm","poor":28,
            "nearPoor":19,"poorEthnicMinority":26,"nearPoorEthnicMinority":18,"poorPercent":42.42,
            "nearPoorPercent":17.43}],"dimensions":[{"code":null,"name":"nước sinh hoạt và vệ sinh",
            "dimension":"nước sinh hoạt và vệ sinh","poor":35,"nearPoor":27,"poorEthnicMinority":33,
            "nearPoorEthnicMinority":25,"poorPercent":53.03,"nearPoorPercent":24.77},{"code":null,"name":"việc làm",
            "dimension":"việc làm","poor":30,"nearPoor":22,"poorEthnicMinority":28,"nearPoorEthnicMinority":21,
            "poorPercent":45.45,"nearPoorPercent":20.18}]}},{"code":"01495","name":"Xã Đàm Thuỷ",
            "residentHouseholds":1052,"baselineResidentHouseholds":1046,"totalReported":true,"poor":{"start":336,
            "inflows":{"FROM_NEAR_POOR":3,"NEW":11,"RE_ENTRY":2},"outflows":{"EXIT":27,"FROM_POOR":58,
            "OTHER_DECREASE":4},"end":263,"ethnicMinority":{"start":334,"inflow":16,"outflow":88,"end":262},
            "consistent":true,"ratePercent":25.00,"baselineRatePercent":32.12,"changePoints":-7.12},
            "nearPoor":{"start":187,"inflows":{"FROM_POOR":58,"NEW":6},"outflows":{"EXIT":41,"FROM_NEAR_POOR":3,
            "OTHER_DECREASE":2},"end":205,"ethnicMinority":{"start":185,"inflow":63,"outflow":46,"end":202},
            "consistent":true,"ratePercent":19.49,"baselineRatePercent":17.88,"changePoints":1.61},
            "multidimensionalRatePercent":44.49,"multidimensionalChangePoints":-5.51,"standardEffect":null,
            "deprivation":{"poorSurveyed":251,"nearPoorSurveyed":198,"poorNotSurveyed":12,"nearPoorNotSurveyed":7,
            "indicators":[{"code":"SANITATION","name":"Nhà tiêu hợp vệ sinh","dimension":"nước sinh hoạt và vệ sinh",
            "poor":187,"nearPoor":83,"poorEthnicMinority":186,"nearPoorEthnicMinority":82,"poorPercent":74.50,
            "nearPoorPercent":41.92},{"code":"HOUSING_QUALITY","name":"Chất lượng nhà ở","dimension":"nhà ở",
            "poor":129,"nearPoor":41,"poorEthnicMinority":129,"nearPoorEthnicMinority":40,"poorPercent":51.39,
            "nearPoorPercent":20.71}],"dimensions":[{"code":null,"name":"nước sinh hoạt và vệ sinh",
            "dimension":"nước sinh hoạt và vệ sinh","poor":203,"nearPoor":94,"poorEthnicMinority":202,
            "nearPoorEthnicMinority":93,"poorPercent":80.88,"nearPoorPercent":47.47},{"code":null,"name":"nhà ở",
            "dimension":"nhà ở","poor":134,"nearPoor":45,"poorEthnicMinority":134,"nearPoorEthnicMinority":44,
            "poorPercent":53.39,"nearPoorPercent":22.73}]}}],"total":{"code":"047","name":"Huyện Trùng Khánh",
            "residentHouseholds":16842,"baselineResidentHouseholds":16715,"totalReported":true,"poor":{"start":4986,
            "inflows":{"FROM_NEAR_POOR":38,"NEW":142,"RE_ENTRY":21},"outflows":{"EXIT":412,"FROM_POOR":598,
            "OTHER_DECREASE":72},"end":4105,"ethnicMinority":{"start":4921,"inflow":198,"outflow":1069,"end":4050},
            "consistent":true,"ratePercent":24.37,"baselineRatePercent":29.83,"changePoints":-5.46},
            "nearPoor":{"start":2598,"inflows":{"FROM_POOR":598,"NEW":96,"RE_ENTRY":9},"outflows":{"EXIT":689,
            "FROM_NEAR_POOR":38,"OTHER_DECREASE":63},"end":2511,"ethnicMinority":{"start":2561,"inflow":694,
            "outflow":779,"end":2476},"consistent":true,"ratePercent":14.91,"baselineRatePercent":15.54,
            "changePoints":-0.63},"multidimensionalRatePercent":39.28,"multidimensionalChangePoints":-6.09,
            "standardEffect":null,"deprivation":{"poorSurveyed":3862,"nearPoorSurveyed":2398,"poorNotSurveyed":243,
            "nearPoorNotSurveyed":113,"indicators":[{"code":"SANITATION","name":"Nhà tiêu hợp vệ sinh",
            "dimension":"nước sinh hoạt và vệ sinh","poor":2874,"nearPoor":1206,"poorEthnicMinority":2851,
            "nearPoorEthnicMinority":1189,"poorPercent":74.42,"nearPoorPercent":50.29},{"code":"EMPLOYMENT",
            "name":"Việc làm","dimension":"việc làm","poor":2315,"nearPoor":874,"poorEthnicMinority":2290,
            "nearPoorEthnicMinority":861,"poorPercent":59.94,"nearPoorPercent":36.45},{"code":"HOUSING_QUALITY",
            "name":"Chất lượng nhà ở","dimension":"nhà ở","poor":1968,"nearPoor":702,"poorEthnicMinority":1951,
            "nearPoorEthnicMinority":693,"poorPercent":50.96,"nearPoorPercent":29.27}],"dimensions":[{"code":null,
            "name":"nước sinh hoạt và vệ sinh","dimension":"nước sinh hoạt và vệ sinh","poor":3105,"nearPoor":1342,
            "poorEthnicMinority":3079,"nearPoorEthnicMinority":1322,"poorPercent":80.40,"nearPoorPercent":55.96},
            {"code":null,"name":"việc làm","dimension":"việc làm","poor":2398,"nearPoor":921,
            "poorEthnicMinority":2371,"nearPoorEthnicMinority":907,"poorPercent":62.09,"nearPoorPercent":38.41},
            {"code":null,"name":"nhà ở","dimension":"nhà ở","poor":2047,"nearPoor":738,"poorEthnicMinority":2029,
            "nearPoorEthnicMinority":728,"poorPercent":53.00,"nearPoorPercent":30.78}]}},
            "targets":[{"kind":"MULTIDIMENSIONAL_RATE","populationGroup":"ALL","target":6.8000,"measure":"POINTS",
            "achieved":6.09,"met":false,
            "description":"Phấn đấu giảm tỷ lệ giảm nghèo đa chiều toàn huyện 6,8% trở lên"},{"kind":"POOR_RATE",
            "populationGroup":"ALL","target":5.0000,"measure":"POINTS","achieved":5.46,"met":true,
            "description":"giảm tỷ lệ hộ nghèo 5,0%/năm trở lên"},{"kind":"NEAR_POOR_RATE","populationGroup":"ALL",
            "target":1.8000,"measure":"POINTS","achieved":0.63,"met":false,
            "description":"hộ cận nghèo 1,8%/năm trở lên"}],"targetsJudgedOn":"ALL_MOVEMENT",
            "targetsOnRealMovement":null,"eventsAwaited":0}""";

    /** The money of Trùng Khánh's plan of 2023, its amounts proposed as the plan states them. */
    static final String SPENDING = """
            {"unitCode":"047","unitName":"Huyện Trùng Khánh","year":2023,"total":{"group":"TOTAL",
            "label":"Tổng cộng","proposedVnd":224523000000,"assignedVnd":218287000000,"disbursedVnd":197237000000,
            "disbursementRatePercent":90.36,"disbursedOfProposedPercent":87.85},"byFundType":[{"group":"INVESTMENT",
            "label":"Vốn đầu tư phát triển (ĐTPT)","proposedVnd":164558000000,"assignedVnd":158726000000,
            "disbursedVnd":144033000000,"disbursementRatePercent":90.74,"disbursedOfProposedPercent":87.53},
            {"group":"RECURRENT","label":"Vốn sự nghiệp (SN) / kinh phí thường xuyên","proposedVnd":17195000000,
            "assignedVnd":17195000000,"disbursedVnd":14882000000,"disbursementRatePercent":86.55,
            "disbursedOfProposedPercent":86.55},{"group":"UNSPECIFIED","label":"Không xác định",
            "proposedVnd":42770000000,"assignedVnd":42366000000,"disbursedVnd":38322000000,
            "disbursementRatePercent":90.45,"disbursedOfProposedPercent":89.60}],"byProject":[{"group":"DA1.TDA1",
            "label":"Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn \
            vùng bãi ngang, ven biển và hải đảo","proposedVnd":114929000000,"assignedVnd":109097000000,
            "disbursedVnd":100455000000,"disbursementRatePercent":92.08,"disbursedOfProposedPercent":87.41},
            {"group":"DA1.TDA2",
            "label":"Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai \
            đoạn 2022 - 2025","proposedVnd":65618000000,"assignedVnd":65618000000,"disbursedVnd":57382000000,
            "disbursementRatePercent":87.45,"disbursedOfProposedPercent":87.45},{"group":"DA2",
            "label":"Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo","proposedVnd":12893000000,
            "assignedVnd":12893000000,"disbursedVnd":10874000000,"disbursementRatePercent":84.34,
            "disbursedOfProposedPercent":84.34},{"group":"DA3.TDA1",
            "label":"Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp","proposedVnd":5678000000,
            "assignedVnd":5678000000,"disbursedVnd":5402000000,"disbursementRatePercent":95.14,
            "disbursedOfProposedPercent":95.14},{"group":"DA3.TDA2","label":"Cải thiện dinh dưỡng",
            "proposedVnd":1519000000,"assignedVnd":1519000000,"disbursedVnd":1287000000,
            "disbursementRatePercent":84.73,"disbursedOfProposedPercent":84.73},{"group":"DA4.TDA1",
            "label":"Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn","proposedVnd":2659000000,
            "assignedVnd":2659000000,"disbursedVnd":2104000000,"disbursementRatePercent":79.13,
            "disbursedOfProposedPercent":79.13},{"group":"DA4.TDA2",
            "label":"Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng","proposedVnd":1016000000,
            "assignedVnd":612000000,"disbursedVnd":318000000,"disbursementRatePercent":51.96,
            "disbursedOfProposedPercent":31.30},{"group":"DA4.TDA3","label":"Hỗ trợ việc làm bền vững",
            "proposedVnd":1206000000,"assignedVnd":1206000000,"disbursedVnd":1078000000,
            "disbursementRatePercent":89.39,"disbursedOfProposedPercent":89.39},{"group":"DA5",
            "label":"Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo","proposedVnd":14440000000,
            "assignedVnd":14440000000,"disbursedVnd":14160000000,"disbursementRatePercent":98.06,
            "disbursedOfProposedPercent":98.06},{"group":"DA6.TDA1","label":"Giảm nghèo về thông tin",
            "proposedVnd":3205000000,"assignedVnd":3205000000,"disbursedVnd":2874000000,
            "disbursementRatePercent":89.67,"disbursedOfProposedPercent":89.67},{"group":"DA6.TDA2",
            "label":"Truyền thông về giảm nghèo đa chiều","proposedVnd":417000000,"assignedVnd":417000000,
            "disbursedVnd":389000000,"disbursementRatePercent":93.29,"disbursedOfProposedPercent":93.29},
            {"group":"DA7.TDA1","label":"Nâng cao năng lực thực hiện Chương trình","proposedVnd":880000000,
            "assignedVnd":880000000,"disbursedVnd":851000000,"disbursementRatePercent":96.70,
            "disbursedOfProposedPercent":96.70},{"group":"DA7.TDA2","label":"Giám sát, đánh giá Chương trình",
            "proposedVnd":63000000,"assignedVnd":63000000,"disbursedVnd":63000000,"disbursementRatePercent":100.00,
            "disbursedOfProposedPercent":100.00}],"byImplementingArea":[{"code":"01477",
            "name":"Thị trấn Trùng Khánh","assignedVnd":3184000000,"disbursedVnd":2907000000,
            "disbursementRatePercent":91.30},{"code":"01495","name":"Xã Đàm Thuỷ","assignedVnd":2655000000,
            "disbursedVnd":2318000000,"disbursementRatePercent":87.31},{"code":"047","name":"Huyện Trùng Khánh",
            "assignedVnd":164103000000,"disbursedVnd":147625000000,"disbursementRatePercent":89.96}],
            "outputIndicators":[{"key":"DA6.TDA2.communication-attendances","projectCode":"DA6",
            "subProjectCode":"TDA2","description":"Tổ chức truyền thông về giảm nghèo cho khoảng 300 lượt người",
            "unit":"lượt người","target":300,"approximate":true,"achieved":285,"achievedPercent":0.95},
            {"key":"DA7.TDA1.training-attendances","projectCode":"DA7","subProjectCode":"TDA1",
            "description":"Đào tạo tập huấn nâng cao năng lực và rà soát hộ nghèo, hộ cận nghèo năm 2023 khoảng 800 \
            lượt người tham dự","unit":"lượt người","target":800,"approximate":true,"achieved":812,
            "achievedPercent":1.02}]}""";

    /** The district report of Trùng Khánh for 2023: the two above together. */
    static final String DISTRICT = "{\"poverty\":" + POVERTY_OF_DISTRICT + ",\"spending\":" + SPENDING + "}";

    /** Cao Bằng's overview of 2025: two of its communes, one former district, the trend since 2022. */
    static final String PROVINCE = """
            {"provinceCode":"04","provinceName":"Tỉnh Cao Bằng","planYear":2025,"listYear":2026,
            "grouping":"COMMUNES","total":{"code":"04","name":"Tỉnh Cao Bằng","formerDistrictCode":null,
            "residentHouseholds":137602,"poorHouseholds":27915,"poorRatePercent":20.29,"poorChangePoints":-3.27,
            "nearPoorHouseholds":12984,"nearPoorRatePercent":9.44,"multidimensionalRatePercent":29.72,
            "multidimensionalChangePoints":-3.77,"targetsMet":2,"targets":3,"assignedVnd":530900000000,
            "disbursedVnd":448216000000,"investmentDisbursementRatePercent":85.12,
            "recurrentDisbursementRatePercent":82.00,"disbursementRatePercent":84.43},"districts":[{"code":"047",
            "name":"Huyện Trùng Khánh","formerDistrictCode":null,"residentHouseholds":20415,"poorHouseholds":3512,
            "poorRatePercent":17.20,"poorChangePoints":-3.91,"nearPoorHouseholds":2108,"nearPoorRatePercent":10.33,
            "multidimensionalRatePercent":27.53,"multidimensionalChangePoints":-4.49,"targetsMet":0,"targets":3,
            "assignedVnd":53760000000,"disbursedVnd":45279000000,"investmentDisbursementRatePercent":84.47,
            "recurrentDisbursementRatePercent":85.23,"disbursementRatePercent":84.22}],"communes":[{"code":"01477",
            "name":"Xã Trùng Khánh","formerDistrictCode":"047","residentHouseholds":4862,"poorHouseholds":398,
            "poorRatePercent":8.19,"poorChangePoints":-2.14,"nearPoorHouseholds":276,"nearPoorRatePercent":5.68,
            "multidimensionalRatePercent":13.86,"multidimensionalChangePoints":-2.71,"targetsMet":1,"targets":1,
            "assignedVnd":7704000000,"disbursedVnd":6612000000,"investmentDisbursementRatePercent":85.00,
            "recurrentDisbursementRatePercent":89.02,"disbursementRatePercent":85.83},{"code":"01501",
            "name":"Xã Đàm Thủy","formerDistrictCode":"047","residentHouseholds":3214,"poorHouseholds":341,
            "poorRatePercent":10.61,"poorChangePoints":-2.32,"nearPoorHouseholds":319,"nearPoorRatePercent":9.93,
            "multidimensionalRatePercent":20.54,"multidimensionalChangePoints":-1.74,"targetsMet":1,"targets":3,
            "assignedVnd":6086000000,"disbursedVnd":5142200000,"investmentDisbursementRatePercent":85.00,
            "recurrentDisbursementRatePercent":82.50,"disbursementRatePercent":84.49}],"agencies":[{"code":"04",
            "name":"Tỉnh Cao Bằng","assignedVnd":28400000000,"disbursedVnd":24850000000,
            "disbursementRatePercent":87.50},{"code":"047","name":"Huyện Trùng Khánh","assignedVnd":12650000000,
            "disbursedVnd":10480000000,"disbursementRatePercent":82.85}],"trend":[{"listYear":2022,
            "residentHouseholds":132480,"poorRatePercent":35.70,"nearPoorRatePercent":10.65,
            "multidimensionalRatePercent":46.34,"targets":[]},{"listYear":2023,"residentHouseholds":133905,
            "poorRatePercent":31.27,"nearPoorRatePercent":10.74,"multidimensionalRatePercent":42.01,
            "targets":[{"kind":"POOR_RATE","points":4.0000,"targetRatePercent":31.70,"met":true}]},{"listYear":2024,
            "residentHouseholds":135214,"poorRatePercent":27.33,"nearPoorRatePercent":10.37,
            "multidimensionalRatePercent":37.70,"targets":[{"kind":"POOR_RATE","points":4.0000,
            "targetRatePercent":27.27,"met":false}]},{"listYear":2025,"residentHouseholds":136478,
            "poorRatePercent":23.55,"nearPoorRatePercent":9.94,"multidimensionalRatePercent":33.49,
            "targets":[{"kind":"POOR_RATE","points":3.5000,"targetRatePercent":23.83,"met":true}]},{"listYear":2026,
            "residentHouseholds":137602,"poorRatePercent":20.29,"nearPoorRatePercent":9.44,
            "multidimensionalRatePercent":29.72,"targets":[{"kind":"POOR_RATE","points":3.0000,
            "targetRatePercent":20.55,"met":true},{"kind":"MULTIDIMENSIONAL_RATE","points":3.5000,
            "targetRatePercent":29.99,"met":true}]}],"standardEffect":null,"deprivation":{"poorSurveyed":27402,
            "nearPoorSurveyed":12861,"poorNotSurveyed":513,"nearPoorNotSurveyed":123,
            "indicators":[{"code":"SANITATION","name":"Nhà tiêu hợp vệ sinh","dimension":"nước sinh hoạt và vệ sinh",
            "poor":19874,"nearPoor":6935,"poorEthnicMinority":19512,"nearPoorEthnicMinority":6790,
            "poorPercent":72.53,"nearPoorPercent":53.92},{"code":"EMPLOYMENT","name":"Việc làm",
            "dimension":"việc làm","poor":16208,"nearPoor":4977,"poorEthnicMinority":15934,
            "nearPoorEthnicMinority":4861,"poorPercent":59.15,"nearPoorPercent":38.70},{"code":"HOUSING_QUALITY",
            "name":"Chất lượng nhà ở","dimension":"nhà ở","poor":13715,"nearPoor":4102,"poorEthnicMinority":13506,
            "nearPoorEthnicMinority":4018,"poorPercent":50.05,"nearPoorPercent":31.89}],"dimensions":[{"code":null,
            "name":"nước sinh hoạt và vệ sinh","dimension":"nước sinh hoạt và vệ sinh","poor":21630,"nearPoor":7814,
            "poorEthnicMinority":21244,"nearPoorEthnicMinority":7652,"poorPercent":78.94,"nearPoorPercent":60.76},
            {"code":null,"name":"việc làm","dimension":"việc làm","poor":17102,"nearPoor":5388,
            "poorEthnicMinority":16815,"nearPoorEthnicMinority":5266,"poorPercent":62.41,"nearPoorPercent":41.89},
            {"code":null,"name":"nhà ở","dimension":"nhà ở","poor":14286,"nearPoor":4391,"poorEthnicMinority":14069,
            "nearPoorEthnicMinority":4301,"poorPercent":52.13,"nearPoorPercent":34.14}]}}""";

    /** The login settings where an OIDC provider is configured. */
    static final String DASHBOARD_CONFIG = """
            {"issuer":"https://sso.example.gov.vn/realms/giamngheo","clientId":"giamngheo-dashboard"}""";

    /** The local stack, which signs its own tokens: no login offered. */
    static final String DASHBOARD_CONFIG_WITHOUT_LOGIN = """
            {"issuer":null,"clientId":"giamngheo-dashboard"}""";

    /** Refused: no unit had the code by the end of the year the report is of. */
    private static final String NOT_FOUND = "{\"type\":\"urn:giamngheo:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"No administrative unit has code ";
    static final String NO_SUCH_UNIT_POVERTY = NOT_FOUND + "01234 in 2025.\",\"instance\":\"/api/v1/reports/poverty\"}";
    static final String NO_SUCH_UNIT_SPENDING = NOT_FOUND
            + "01234 in 2025.\",\"instance\":\"/api/v1/reports/spending\"}";
    static final String NO_SUCH_UNIT_PROVINCE = NOT_FOUND + "05 in 2025.\",\"instance\":\"/api/v1/reports/province\"}";
    static final String NO_SUCH_UNIT_DISTRICT = NOT_FOUND
            + "01234 in 2023.\",\"instance\":\"/api/v1/reports/district\"}";
    static final String NO_SUCH_UNIT_FORMS = NOT_FOUND + "01234 in 2026.\",\"instance\":\"/api/v1/reports/forms\"}";
}
