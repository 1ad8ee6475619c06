package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.household.registry.PolicyLists;
import vn.giamngheo.platform.web.problem.Problem;

/** The lists other programs need: recent exits, health-insurance co-payment lists, low-income workers. */
@Path("/api/v1/policy-lists")
@Tag(name = "Policy lists", description = "Lists for other programs, each with its legal basis; personal data only"
        + " for the roles that see it, every list drawn audited")
public class PolicyListResource {

    @Inject
    PolicyLists lists;

    /** A list and what it is drawn on. */
    @Schema(name = "PolicyListPage")
    public record ListPage(@Schema(required = true) String list,
            @Schema(required = true) String title,
            @Schema(required = true) String legalBasis,
            @Schema(required = true) String area,
            @Schema(description = "recent-exits: the period's first day") LocalDate from,
            @Schema(description = "recent-exits: the period's last day") LocalDate to,
            @Schema(description = "health-insurance, low-income-workers: the list's year") Integer listYear,
            @Schema(required = true, description = "Whether the personal columns are shown")
            boolean personalData,
            @Schema(required = true) List<PolicyLists.Column> columns,
            @Schema(required = true, description = "One object per row, by the columns' keys")
            List<java.util.Map<String, Object>> rows,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPolicyLists", summary = "The lists that can be drawn, with their legal basis")
    @APIResponse(responseCode = "200", description = "The lists", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyLists.Definition[].class),
            examples = @ExampleObject(name = "the lists", value = """
                    [{"code":"recent-exits","title":"Danh sách hộ thoát nghèo, thoát cận nghèo trong kỳ",
                      "legalBasis":"Hộ mới thoát nghèo, hộ mới thoát cận nghèo: hộ đã từng là hộ nghèo, hộ cận nghèo được UBND cấp xã xác nhận, thời gian kể từ khi ra khỏi danh sách tối đa 3 năm (QĐ 28/2015/QĐ-TTg, tín dụng Ngân hàng Chính sách xã hội; QĐ 02/2021/QĐ-TTg). Thời gian hưởng của các chính sách khác (36 tháng) [U]."},
                     {"code":"health-insurance",
                      "title":"Danh sách thành viên hộ nghèo, hộ cận nghèo được ngân sách nhà nước đóng, hỗ trợ đóng bảo hiểm y tế",
                      "legalBasis":"Luật Bảo hiểm y tế, Điều 12: người thuộc hộ nghèo do ngân sách nhà nước đóng [U: trích dẫn chưa đối chiếu]; người thuộc hộ cận nghèo được hỗ trợ ít nhất 70% mức đóng, 100% ở xã nghèo (NĐ 188/2025/NĐ-CP, Điều 6 khoản 6, từ 15/8/2025). Danh sách xã nghèo không có trong dữ liệu này [U]."},
                     {"code":"low-income-workers","title":"Danh sách người lao động có thu nhập thấp",
                      "legalBasis":"NĐ 30/2025/NĐ-CP sửa đổi NĐ 07/2021/NĐ-CP, Điều 3: thành viên hộ không thuộc hộ nghèo, hộ cận nghèo, có thu nhập bình quân đầu người/tháng không quá 2.250.000 đồng ở nông thôn, 3.000.000 đồng ở thành thị; hỗ trợ đào tạo nghề (Dự án 4, QĐ 90/QĐ-TTg). Người lao động: từ đủ 15 tuổi (Bộ luật Lao động 2019); giới hạn tuổi nghỉ hưu không áp dụng ở đây [U]."}]""")))
    public List<PolicyLists.Definition> definitions() {
        return PolicyLists.definitions();
    }

    @GET
    @Path("/{list}")
    @Produces({ MediaType.APPLICATION_JSON, PolicyListFormats.CSV, PaperFormats.XLSX, Problem.MEDIA_TYPE })
    @io.quarkus.security.Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "drawPolicyList", summary = "Draw a list for an area",
            description = "recent-exits: households that left poverty or near-poverty between from and to (the"
                    + " decision's day, the class before and after). health-insurance: the members of the poor and"
                    + " near-poor households of listYear, with the state's share. low-income-workers: the members aged"
                    + " 15 or more of the households listYear's reviews found low-income. JSON pages, or the whole"
                    + " list as csv or xlsx. Names, identity numbers and villages only for officers; audited.")
    @APIResponse(responseCode = "200", description = "The list: a page as JSON, or the whole list as csv or xlsx",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListPage.class),
                        examples = @ExampleObject(name = "health-insurance, Đàm Thủy 2026", value = """
                                {"list":"health-insurance",
                                 "title":"Danh sách thành viên hộ nghèo, hộ cận nghèo được ngân sách nhà nước đóng, hỗ trợ đóng bảo hiểm y tế",
                                 "legalBasis":"Luật Bảo hiểm y tế, Điều 12: người thuộc hộ nghèo do ngân sách nhà nước đóng [U: trích dẫn chưa đối chiếu]; người thuộc hộ cận nghèo được hỗ trợ ít nhất 70% mức đóng, 100% ở xã nghèo (NĐ 188/2025/NĐ-CP, Điều 6 khoản 6, từ 15/8/2025). Danh sách xã nghèo không có trong dữ liệu này [U].",
                                 "area":"01501","from":null,"to":null,"listYear":2026,"personalData":true,
                                 "columns":[{"key":"householdCode","header":"Mã hộ","personal":false},
                                  {"key":"communeCode","header":"Mã xã","personal":false},
                                  {"key":"village","header":"Thôn, xóm","personal":true},
                                  {"key":"fullName","header":"Họ và tên","personal":true},
                                  {"key":"birthYear","header":"Năm sinh","personal":true},
                                  {"key":"sex","header":"Giới tính","personal":true},
                                  {"key":"ethnicity","header":"Dân tộc","personal":true},
                                  {"key":"personalId","header":"Số định danh cá nhân","personal":true},
                                  {"key":"relation","header":"Quan hệ với chủ hộ","personal":true},
                                  {"key":"healthInsurance","header":"Có thẻ BHYT","personal":false},
                                  {"key":"status","header":"Diện","personal":false},
                                  {"key":"stateShare","header":"Ngân sách nhà nước đóng","personal":false}],
                                 "rows":[
                                  {"householdCode":"01501-M4QH7T2WZC","communeCode":"01501","village":"Bản Khuổi Pết",
                                   "fullName":"Triệu Văn Sình","birthYear":1981,"sex":"MALE","ethnicity":"Dao",
                                   "personalId":"990081004471","relation":"HEAD","healthInsurance":true,"status":"POOR",
                                   "stateShare":"100%"},
                                  {"householdCode":"01501-6VWA9D88XL","communeCode":"01501","village":"Xóm Nà Rầy",
                                   "fullName":"Hoàng Thị Lụa","birthYear":1978,"sex":"FEMALE","ethnicity":"Tày",
                                   "personalId":"990178002964","relation":"SPOUSE","healthInsurance":true,
                                   "status":"NEAR_POOR","stateShare":"≥ 70% (100% ở xã nghèo [U])"}],
                                 "page":0,"size":100}""")),
                @Content(mediaType = PolicyListFormats.CSV),
                @Content(mediaType = PaperFormats.XLSX) })
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "Not allowed for this area")
    @APIResponse(responseCode = "404", description = "No such list, or no unit has the area's code")
    @APIResponse(responseCode = "422", description = "Too many rows to export at once (csv, xlsx)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "list-too-large", value = """
                            {"type":"urn:giamngheo:problem:list-too-large",
                             "title":"The list is too large to export at once","status":422,
                             "detail":"The list holds more than 300000 rows: draw it for each district or commune.",
                             "instance":"/api/v1/policy-lists/health-insurance"}""")))
    public Response draw(
            @Parameter(example = "health-insurance") @PathParam("list") @Pattern(regexp = "[a-z-]{1,40}", message = "must be recent-exits, health-insurance or low-income-workers") String list,
            @Parameter(description = "a commune, district or province code", example = "01501") @QueryParam("area") @NotNull(message = "is required") @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a province (2 digits), district (3) or commune (5) code") String area,
            @Parameter(description = "recent-exits: the period's first day", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "recent-exits: the period's last day", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "health-insurance, low-income-workers: the list's year", example = "2027") @QueryParam("listYear") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer listYear,
            @Parameter(description = "json (a page), csv or xlsx (the whole list)") @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|xlsx", message = "must be json, csv or xlsx") String format,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "must be 1 or more") @Max(value = 1000, message = "must be at most 1000") int size) {
        boolean whole = !"json".equals(format);
        PolicyLists.Drawn d = lists.draw(list, area, from, to, listYear, format, page, whole ? 0 : size);
        String name = d.definition().code() + "-" + area + (listYear != null ? "-" + listYear : "");
        return switch (format) {
            case "csv" -> Response.ok(PolicyListFormats.csv(d), PolicyListFormats.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(PolicyListFormats.xlsx(d), PaperFormats.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> Response.ok(new ListPage(d.definition().code(), d.definition().title(),
                    d.definition().legalBasis(), area, from, to, listYear, d.personal(), d.columns(), d.rows(), page,
                    size), MediaType.APPLICATION_JSON).build();
        };
    }
}
