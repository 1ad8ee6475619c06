package vn.giamngheo.plan.api;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The examples of the API document. The seed — Trùng Khánh's 2023 plan, transcribed figure for figure — is the
 * example of an import, so that Swagger UI offers a real plan to try; the catalog's example is the catalog itself.
 * The answers follow the same plan, cut to DA3 and DA6 to stay readable, through its workflow, with what validation
 * finds in it (DA3's stated total is 9 million đồng more than its sub-projects).
 */
public class PlanApiExamples implements OASFilter {

    static final String SEED = "examples/trung-khanh-2023-plan.json";

    /** A version from unitCode to warningCount: the document as stated, its lines, their totals, the findings. */
    private static final String CONTENT = """
            "unitCode":"047","unitName":"Huyện Trùng Khánh","year":2023,
            "document":{
             "unitCode":"047","year":2023,
             "document":{
              "number":null,"symbol":"/KH-UBND","date":null,"dateAsWritten":"Trùng Khánh, ngày   tháng 11 năm 2022",
              "place":"Trùng Khánh","issuingBody":"Ủy ban nhân dân huyện Trùng Khánh",
              "title":"Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023",
              "signer":"Nông Văn Bộ","signerTitle":"Chủ tịch","implementsDocuments":[],
              "recipients":["UBND tỉnh","Sở LĐTB&XH","Đảng ủy, UBND các xã, thị trấn"]
             },
             "generalObjective":"Thực hiện mục tiêu giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo.",
             "specificObjectives":[
              "a. Phấn đấu giảm tỷ lệ nghèo đa chiều toàn huyện 6,8% trở lên, trong đó giảm tỷ lệ hộ nghèo 5,0%/năm trở lên; hộ cận nghèo 1,8%/năm trở lên;"
             ],
             "targets":[
              {
               "kind":"MULTIDIMENSIONAL_RATE","populationGroup":"ALL","points":6.8,"count":null,"percent":null,
               "description":"Phấn đấu giảm tỷ lệ giảm nghèo đa chiều toàn huyện 6,8% trở lên"
              },
              {
               "kind":"POOR_RATE","populationGroup":"ALL","points":5.0,"count":null,"percent":null,
               "description":"giảm tỷ lệ hộ nghèo 5,0%/năm trở lên"
              },
              {
               "kind":"NEAR_POOR_RATE","populationGroup":"ALL","points":1.8,"count":null,"percent":null,
               "description":"hộ cận nghèo 1,8%/năm trở lên"
              }
             ],
             "projects":[
              {
               "projectCode":"DA3","title":"Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng","content":null,
               "budgetLines":[],"stated":{"totalVnd":7206000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
               "responsibility":{
                "leadAgency":"Phòng Nông nghiệp và phát triển nông thôn","implementingAgencies":[],
                "coordinatingAgencies":["Phòng Y tế","Ủy ban nhân dân các xã, thị trấn"],"reportsTo":null
               },
               "outputIndicators":[],
               "subProjects":[
                {
                 "subProjectCode":"TDA1","title":"Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp","content":null,
                 "budgetLines":[{"fundType":"UNSPECIFIED","fundSource":"CENTRAL_BUDGET","amountVnd":5678000000}],
                 "stated":{
                  "totalVnd":5678000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{"CENTRAL_BUDGET":5678000000}
                 },
                 "responsibility":null,"outputIndicators":[]
                },
                {
                 "subProjectCode":"TDA2","title":"Cải thiện dinh dưỡng","content":null,
                 "budgetLines":[{"fundType":"UNSPECIFIED","fundSource":"UNSPECIFIED","amountVnd":1519000000}],
                 "stated":{"totalVnd":1519000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
                 "responsibility":null,"outputIndicators":[]
                }
               ]
              },
              {
               "projectCode":"DA6","title":"Truyền thông về giảm nghèo về thông tin","content":null,"budgetLines":[],
               "stated":{"totalVnd":3622000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
               "responsibility":{
                "leadAgency":"Phòng Văn hóa & Thông tin","implementingAgencies":[],
                "coordinatingAgencies":["Phòng Lao động - Thương binh và Xã hội","Ủy ban nhân dân các xã, thị trấn"],
                "reportsTo":null
               },
               "outputIndicators":[],
               "subProjects":[
                {
                 "subProjectCode":"TDA1","title":"Giảm nghèo về thông tin","content":null,
                 "budgetLines":[{"fundType":"UNSPECIFIED","fundSource":"UNSPECIFIED","amountVnd":3205000000}],
                 "stated":{"totalVnd":3205000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
                 "responsibility":null,"outputIndicators":[]
                },
                {
                 "subProjectCode":"TDA2","title":"Truyền thông về giảm nghèo đa chiều","content":null,
                 "budgetLines":[{"fundType":"UNSPECIFIED","fundSource":"UNSPECIFIED","amountVnd":417000000}],
                 "stated":{"totalVnd":417000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
                 "responsibility":null,
                 "outputIndicators":[
                  {
                   "key":"DA6.TDA2.communication-attendances",
                   "description":"Tổ chức truyền thông về giảm nghèo cho khoảng 300 lượt người","unit":"lượt người",
                   "quantity":300,"approximate":true
                  }
                 ]
                }
               ]
              }
             ],
             "statedTotals":{"totalVnd":10828000000,"investmentVnd":null,"recurrentVnd":null,"bySourceVnd":{}},
             "yearReferences":[
              {
               "year":2023,"text":"Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023",
               "refersToPlanYear":true
              }
             ]
            },
            "budgetLines":[
             {
              "lineKey":"DA3.TDA1.UNSPECIFIED.CENTRAL_BUDGET","projectCode":"DA3","subProjectCode":"TDA1",
              "fundType":"UNSPECIFIED","fundTypeLabel":"Không xác định","fundSource":"CENTRAL_BUDGET",
              "fundSourceLabel":"Ngân sách trung ương (NSTW)","amountVnd":5678000000
             },
             {
              "lineKey":"DA3.TDA2.UNSPECIFIED.UNSPECIFIED","projectCode":"DA3","subProjectCode":"TDA2",
              "fundType":"UNSPECIFIED","fundTypeLabel":"Không xác định","fundSource":"UNSPECIFIED",
              "fundSourceLabel":"Không xác định","amountVnd":1519000000
             },
             {
              "lineKey":"DA6.TDA1.UNSPECIFIED.UNSPECIFIED","projectCode":"DA6","subProjectCode":"TDA1",
              "fundType":"UNSPECIFIED","fundTypeLabel":"Không xác định","fundSource":"UNSPECIFIED",
              "fundSourceLabel":"Không xác định","amountVnd":3205000000
             },
             {
              "lineKey":"DA6.TDA2.UNSPECIFIED.UNSPECIFIED","projectCode":"DA6","subProjectCode":"TDA2",
              "fundType":"UNSPECIFIED","fundTypeLabel":"Không xác định","fundSource":"UNSPECIFIED",
              "fundSourceLabel":"Không xác định","amountVnd":417000000
             }
            ],
            "totals":{
             "totalVnd":10819000000,"byFundTypeVnd":{"UNSPECIFIED":10819000000},
             "bySourceVnd":{"CENTRAL_BUDGET":5678000000,"UNSPECIFIED":5141000000}
            },
            "findings":[
             {
              "severity":"ERROR","code":"PROJECT_TOTAL_MISMATCH","projectCode":"DA3","subProjectCode":null,
              "field":"stated.totalVnd",
              "message":"The document states 7.206.000.000 đồng for DA3, but its sub-projects and lines add up to 7.197.000.000 đồng.",
              "statedVnd":7206000000,"computedVnd":7197000000,"differenceVnd":9000000
             },
             {
              "severity":"ERROR","code":"PLAN_TOTAL_MISMATCH","projectCode":null,"subProjectCode":null,
              "field":"statedTotals.totalVnd",
              "message":"The document states a total of 10.828.000.000 đồng, but its projects add up to 10.819.000.000 đồng. It equals the projects' own stated totals, so some project's stated total differs from its lines.",
              "statedVnd":10828000000,"computedVnd":10819000000,"differenceVnd":9000000
             },
             {
              "severity":"WARNING","code":"DOCUMENT_NUMBER_MISSING","projectCode":null,"subProjectCode":null,
              "field":"document.number",
              "message":"The document has no number (\\"Số: /KH-UBND\\"): give it one before the plan is issued.",
              "statedVnd":null,"computedVnd":null,"differenceVnd":null
             },
             {
              "severity":"WARNING","code":"DOCUMENT_DATE_MISSING","projectCode":null,"subProjectCode":null,
              "field":"document.date",
              "message":"The document has no complete date (it reads \\"Trùng Khánh, ngày   tháng 11 năm 2022\\"): fill in the day.",
              "statedVnd":null,"computedVnd":null,"differenceVnd":null
             },
             {
              "severity":"INFO","code":"TITLE_DIFFERS_FROM_CATALOG","projectCode":"DA6","subProjectCode":null,
              "field":"title",
              "message":"The document calls DA6 \\"Truyền thông về giảm nghèo về thông tin\\"; the program calls it \\"Truyền thông và giảm nghèo về thông tin\\". Matched by code.",
              "statedVnd":null,"computedVnd":null,"differenceVnd":null
             }
            ],
            "errorCount":2,"warningCount":2
            """;

    static final String DRY_RUN = """
            {"planId":null,"version":1,"status":"DRAFT",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":null,"createdAt":null,"submittedBy":null,"submittedAt":null,
             "approvedBy":null,"approvedAt":null,"approvalDate":null,"acknowledgement":null,"etag":null}""";

    static final String DRAFT = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":1,"status":"DRAFT",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z",
             "submittedBy":null,"submittedAt":null,"approvedBy":null,"approvedAt":null,"approvalDate":null,
             "acknowledgement":null,"etag":"\\"1.0\\""}""";

    static final String EDITED = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":1,"status":"DRAFT",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z",
             "submittedBy":null,"submittedAt":null,"approvedBy":null,"approvedAt":null,"approvalDate":null,
             "acknowledgement":null,"etag":"\\"1.1\\""}""";

    static final String SUBMITTED = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":1,"status":"SUBMITTED",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z",
             "submittedBy":"hoang.thi.lan","submittedAt":"2022-11-28T08:30:00Z","approvedBy":null,"approvedAt":null,
             "approvalDate":null,"acknowledgement":null,"etag":"\\"1.1\\""}""";

    static final String RETURNED = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":1,"status":"DRAFT",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z",
             "submittedBy":"hoang.thi.lan","submittedAt":"2022-11-28T08:30:00Z","approvedBy":null,"approvedAt":null,
             "approvalDate":null,"acknowledgement":null,"etag":"\\"1.2\\""}""";

    static final String APPROVED = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":1,"status":"APPROVED",
            """ + CONTENT + """
            ,"revisionReason":null,"createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z",
             "submittedBy":"hoang.thi.lan","submittedAt":"2022-11-28T08:30:00Z","approvedBy":"nong.van.bo",
             "approvedAt":"2022-12-20T08:10:00Z","approvalDate":"2022-12-20",
             "acknowledgement":"Tổng kinh phí Dự án 3 ghi 7.206 triệu đồng, các tiểu dự án cộng lại 7.197 triệu đồng; sẽ điều chỉnh khi giao vốn",
             "etag":"\\"1.2\\""}""";

    /** Version 2 opens as a copy of the approved version 1. */
    static final String REVISION = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","version":2,"status":"DRAFT",
            """ + CONTENT + """
            ,"revisionReason":"Điều chỉnh kế hoạch vốn theo quyết định giao vốn năm 2023","createdBy":"hoang.thi.lan",
             "createdAt":"2023-03-02T01:45:00Z","submittedBy":null,"submittedAt":null,"approvedBy":null,"approvedAt":null,
             "approvalDate":null,"acknowledgement":null,"etag":"\\"2.0\\""}""";

    static final String SUMMARY = """
            {"id":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","unitCode":"047","unitName":"Huyện Trùng Khánh","year":2023,
             "latestVersion":2,"approvedVersion":1,
             "versions":[
              {"version":1,"status":"APPROVED","totalVnd":10819000000,"errorCount":2,"warningCount":2,
               "createdBy":"hoang.thi.lan","createdAt":"2022-11-25T02:15:00Z","approvalDate":"2022-12-20",
               "etag":"\\"1.2\\""},
              {"version":2,"status":"DRAFT","totalVnd":10819000000,"errorCount":2,"warningCount":2,
               "createdBy":"hoang.thi.lan","createdAt":"2023-03-02T01:45:00Z","approvalDate":null,"etag":"\\"2.0\\""}
             ]}""";

    static final String PAGE = """
            {"page":0,"size":50,"total":1,"items":[""" + SUMMARY + "]}";

    static final String PROGRESS = """
            {"planId":"5b0f3c1e-7d2a-4c8b-9e41-2a6f0d3b8c47","approvedVersion":1,
             "indicators":[
              {"key":"DA6.TDA2.communication-attendances",
               "description":"Tổ chức truyền thông về giảm nghèo cho khoảng 300 lượt người","unit":"lượt người",
               "target":300,"approximate":true,"achieved":120,
               "reports":[{"quantity":120,"reportedOn":"2023-06-30","note":"Hội nghị truyền thông tại xã Đình Phong",
                           "reportedBy":"hoang.thi.lan"}]}
             ]}""";

    @Override
    public Operation filterOperation(Operation operation) {
        if ("listProgramProjects".equals(operation.getOperationId()) && operation.getResponses() != null
                && operation.getResponses().getAPIResponse("200") != null
                && operation.getResponses().getAPIResponse("200").getContent() != null) {
            MediaType json = operation.getResponses().getAPIResponse("200").getContent()
                    .getMediaType("application/json");
            if (json != null) {
                json.setExample(new ObjectMapper().convertValue(CatalogResource.entries(), Object.class));
            }
        }
        if (("importPlan".equals(operation.getOperationId()) || "replaceDraft".equals(operation.getOperationId()))
                && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
            if (json != null) {
                json.setExample(seed());
            }
        }
        return operation;
    }

    private static Object seed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            return in == null ? null : new ObjectMapper().readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("the example plan " + SEED + " cannot be read", e);
        }
    }
}
