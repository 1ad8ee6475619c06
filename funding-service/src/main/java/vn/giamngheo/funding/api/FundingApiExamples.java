package vn.giamngheo.funding.api;

/**
 * The examples of the API document: Trùng Khánh's 2023 plan, whose line DA1.TDA1 ĐTPT (104,482 million đồng) gives
 * 2,500 million đồng to the commune of Quang Hán; 1,250 million are paid, and 250 million of that are reversed.
 */
final class FundingApiExamples {

    private FundingApiExamples() {
    }

    static final String ALLOCATED = """
            {"id":"7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1","planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023",
             "lineKey":"DA1.TDA1.INVESTMENT.UNSPECIFIED","projectCode":"DA1","subProjectCode":"TDA1",
             "fundType":"INVESTMENT","fundSource":"UNSPECIFIED","planUnitCode":"047","implementingUnit":"UBND xã Quang Hán",
             "implementingAreaCode":"01456","year":2023,"amountVnd":2500000000,"disbursedVnd":0,"remainingVnd":2500000000,
             "disbursementRate":{"numerator":0,"denominator":2500000000,"percent":0.00},
             "decisionNumber":"125/QĐ-UBND","decisionDate":"2023-02-15","recordedBy":"ly.thi.mai",
             "recordedAt":"2023-02-16T02:20:00Z","ledger":[]}""";

    private static final String PAYMENT_FIELDS = """
            "id":"3e5f0b72-91c4-4d8a-b6e3-0f4a2c7d9e15","allocationId":"7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1",
             "kind":"DISBURSEMENT","amountVnd":1250000000,"valueDate":"2023-03-15",
             "payee":"Công ty TNHH Xây dựng Trùng Khánh","paymentReference":"KBNN-TK-2023-0315-001",
             "reversesEntryId":null,"reason":null,""";

    static final String PAYMENT = "{" + PAYMENT_FIELDS + """
            "reversedVnd":0,"recordedBy":"ly.thi.mai","recordedAt":"2023-03-15T07:40:00Z"}""";

    static final String REVERSAL = """
            {"id":"a41d6c0e-5f27-4b93-8e1c-6d2b7f9a0c38","allocationId":"7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1",
             "kind":"REVERSAL","amountVnd":250000000,"valueDate":"2023-03-20","payee":null,"paymentReference":null,
             "reversesEntryId":"3e5f0b72-91c4-4d8a-b6e3-0f4a2c7d9e15","reason":"Chi sai đơn giá, thu hồi nộp lại",
             "reversedVnd":null,"recordedBy":"ly.thi.mai","recordedAt":"2023-03-20T03:10:00Z"}""";

    static final String ALLOCATION = """
            {"id":"7c2e9a14-3b5d-4f60-8a1e-52d7c9b0e3f1","planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023",
             "lineKey":"DA1.TDA1.INVESTMENT.UNSPECIFIED","projectCode":"DA1","subProjectCode":"TDA1",
             "fundType":"INVESTMENT","fundSource":"UNSPECIFIED","planUnitCode":"047","implementingUnit":"UBND xã Quang Hán",
             "implementingAreaCode":"01456","year":2023,"amountVnd":2500000000,"disbursedVnd":1000000000,
             "remainingVnd":1500000000,"disbursementRate":{"numerator":1000000000,"denominator":2500000000,"percent":40.00},
             "decisionNumber":"125/QĐ-UBND","decisionDate":"2023-02-15","recordedBy":"ly.thi.mai",
             "recordedAt":"2023-02-16T02:20:00Z",
             "ledger":[{""" + PAYMENT_FIELDS + """
            "reversedVnd":250000000,"recordedBy":"ly.thi.mai","recordedAt":"2023-03-15T07:40:00Z"},
             """ + REVERSAL + "]}";

    static final String LINES = """
            [{"planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023","lineKey":"DA1.TDA1.INVESTMENT.UNSPECIFIED",
              "planUnitCode":"047","year":2023,"planVersion":1,"projectCode":"DA1","subProjectCode":"TDA1",
              "fundType":"INVESTMENT","fundSource":"UNSPECIFIED","proposedVnd":104482000000,"allocatedVnd":2500000000,
              "disbursedVnd":1000000000,"unallocatedVnd":101982000000,"overAllocatedVnd":0},
             {"planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023","lineKey":"DA1.TDA1.RECURRENT.UNSPECIFIED",
              "planUnitCode":"047","year":2023,"planVersion":1,"projectCode":"DA1","subProjectCode":"TDA1",
              "fundType":"RECURRENT","fundSource":"UNSPECIFIED","proposedVnd":10447000000,"allocatedVnd":0,
              "disbursedVnd":0,"unallocatedVnd":10447000000,"overAllocatedVnd":0}]""";

    static final String CONFLICTS = """
            [{"id":"c9b1e5d2-0a3f-4e76-9d48-1b2c3e4f5a60","planId":"0b6c7c1e-4f8e-4a57-9d0a-8a1f1f0c2023",
              "lineKey":"DA3.TDA1.UNSPECIFIED.CENTRAL_BUDGET","planVersion":2,"previousVnd":5678000000,
              "revisedVnd":4500000000,"allocatedVnd":5000000000,"detectedAt":"2023-07-12T03:05:00Z"}]""";

    private static final String INVESTMENT_MONEY = """
            "proposedVnd":104482000000,"assignedVnd":2500000000,"disbursedVnd":1000000000,"remainingVnd":1500000000,
             "disbursementRate":{"numerator":1000000000,"denominator":2500000000,"percent":40.00},
             "disbursedOfProposed":{"numerator":1000000000,"denominator":104482000000,"percent":0.96}}""";

    private static final String RECURRENT_MONEY = """
            "proposedVnd":10447000000,"assignedVnd":0,"disbursedVnd":0,"remainingVnd":0,
             "disbursementRate":{"numerator":0,"denominator":0,"percent":null},
             "disbursedOfProposed":{"numerator":0,"denominator":10447000000,"percent":0.00}}""";

    private static final String ALL_MONEY = """
            "proposedVnd":114929000000,"assignedVnd":2500000000,"disbursedVnd":1000000000,"remainingVnd":1500000000,
             "disbursementRate":{"numerator":1000000000,"denominator":2500000000,"percent":40.00},
             "disbursedOfProposed":{"numerator":1000000000,"denominator":114929000000,"percent":0.87}}""";

    static final String BALANCES = """
            {"area":"047","year":2023,
             "total":{"group":"TOTAL","label":"Tổng cộng",""" + ALL_MONEY + """
            ,
             "byFundType":[
              {"group":"INVESTMENT","label":"Vốn đầu tư phát triển (ĐTPT)",""" + INVESTMENT_MONEY + """
            ,
              {"group":"RECURRENT","label":"Vốn sự nghiệp (SN) / kinh phí thường xuyên",""" + RECURRENT_MONEY + """
            ],
             "byProject":[
              {"group":"DA1","label":"Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
               """ + ALL_MONEY + """
            ],
             "byImplementingUnit":[
              {"group":"01456 UBND xã Quang Hán","label":"01456 UBND xã Quang Hán",
               "proposedVnd":0,"assignedVnd":2500000000,"disbursedVnd":1000000000,"remainingVnd":1500000000,
               "disbursementRate":{"numerator":1000000000,"denominator":2500000000,"percent":40.00},
               "disbursedOfProposed":{"numerator":1000000000,"denominator":0,"percent":null}}],
             "byLine":[
              {"group":"DA1.TDA1.INVESTMENT.UNSPECIFIED","label":"DA1.TDA1.INVESTMENT.UNSPECIFIED",""" + INVESTMENT_MONEY + """
            ,
              {"group":"DA1.TDA1.RECURRENT.UNSPECIFIED","label":"DA1.TDA1.RECURRENT.UNSPECIFIED",""" + RECURRENT_MONEY + """
            ]}""";
}
