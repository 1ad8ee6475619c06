package vn.giamngheo.plan.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.giamngheo.platform.refdata.ProgramCatalog;

/** The program's projects and sub-projects: public reference data. */
@Path("/api/v1/catalog/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program catalog", description = "The 7 projects of the program and their sub-projects (QĐ 90/QĐ-TTg)")
public class CatalogResource {

    /** A project with its sub-projects. */
    public record ProjectEntry(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) List<SubProjectEntry> subProjects) {
    }

    /** A sub-project. */
    public record SubProjectEntry(
            @Schema(required = true, description = "The project's code and the sub-project's, e.g. DA3.TDA1") String code,
            @Schema(required = true) String subProjectCode,
            @Schema(required = true) String name) {
    }

    @GET
    @Operation(operationId = "listProgramProjects", summary = "List the program's projects and sub-projects",
            description = "Plans are matched to these by code (DA1…DA7, TDA1…), never by title.")
    @APIResponse(responseCode = "200", description = "The projects in order, each with its sub-projects")
    public List<ProjectEntry> projects() {
        return entries();
    }

    static List<ProjectEntry> entries() {
        ProgramCatalog catalog = ProgramCatalog.get();
        return catalog.projects().stream()
                .map(p -> new ProjectEntry(p.code(), p.name(), catalog.subProjectsOf(p.projectCode()).stream()
                        .map(s -> new SubProjectEntry(s.code(), s.subProjectCode(), s.name())).toList()))
                .toList();
    }
}
