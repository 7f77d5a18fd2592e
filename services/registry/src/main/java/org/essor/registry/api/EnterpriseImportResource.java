package org.essor.registry.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.registry.app.imports.EnterpriseImport;
import org.essor.registry.app.imports.EnterpriseImports;
import org.essor.registry.app.imports.ImportLineResult;
import org.essor.registry.app.imports.ImportOutcome;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Bulk imports of CSV extracts (one line per establishment), processed in the background. */
@Path("/api/v1/enterprise-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
@Tag(name = "Enterprise imports", description = "Bulk loading of the register from CSV extracts")
public class EnterpriseImportResource {

    @Inject
    EnterpriseImports imports;

    @Inject
    SecurityIdentity identity;

    @Inject
    Paging paging;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "submitEnterpriseImport", summary = "Submit a CSV extract", description = "Columns: siren, siret, nom_complet (or denomination), "
            + "categorie_juridique, activite_principale, tranche_effectif_salarie, code_commune, identifiant_association, "
            + "est_ess; optionally date_creation (YYYY-MM-DD), secteurs (sector codes separated by |) and "
            + "tranche_effectif_etablissement (the establishment's own headcount bracket): missingColumns names those the "
            + "file lacks. Answers 202 at once; follow the import at its Location.")
    @APIResponse(responseCode = "202", description = "Accepted: the import runs in the background; follow it at its Location",
            content = @Content(schema = @Schema(implementation = EnterpriseImport.class)),
            headers = @Header(name = "Location", ref = "Location"))
    public Uni<Response> submit(String csv, @QueryParam("fileName") String fileName) {
        return imports.submit(csv, fileName, Actors.of(identity))
                .map(submitted -> Response.accepted(submitted)
                        .location(uri.getAbsolutePathBuilder().path(submitted.id().toString()).build()).build());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEnterpriseImport", summary = "Follow an import",
            description = "Its status and the count of lines per outcome.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = EnterpriseImport.class)))
    public Uni<EnterpriseImport> get(@PathParam("id") UUID id) {
        return imports.find(id);
    }

    @GET
    @Path("{id}/lines")
    @Operation(operationId = "listEnterpriseImportLines", summary = "The outcome of each line of an import",
            description = "Created, updated, unchanged, or rejected with its reason; in pages, filtered by outcome.")
    @APIResponse(responseCode = "200", description = "A page of lines",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportLineResult.class)))
    public Uni<Response> lines(@PathParam("id") UUID id, @QueryParam("outcome") ImportOutcome outcome,
                               @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 1);
        int after = page.isFirst() ? 0 : (int) page.after().number(0);
        return imports.find(id).flatMap(found -> imports.lines(id, outcome, after, page.fetchSize()))
                .map(rows -> {
                    Page<ImportLineResult> result = Page.of(rows, page, line -> Cursor.of(line.line()));
                    return Pages.ok(result, uri);
                });
    }

    @GET
    @Path("{id}/report")
    @Produces(ImportReportCsv.MEDIA_TYPE)
    @Operation(operationId = "getEnterpriseImportReport", summary = "The outcome of every line of an import, as CSV",
            description = "One row per line (line, outcome, siren, siret, enterpriseId, reason), optionally of one outcome, "
                    + "to open in a spreadsheet. A cell that would start a formula there (=, +, -, @, a tab or a carriage "
                    + "return) is prefixed with a single quote.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = ImportReportCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example = "line,outcome,siren,siret,enterpriseId,reason\r\n1,CREATED,552081317,55208131700018,"
                    + "3f1c2a9e-5b7d-4c1e-9a8f-2d6b0e4c7a15,\r\n2,REJECTED,'=1+1,,,\"siren: A SIREN has only digits; \"\"=1+1\"\" "
                    + "has other characters.\"\r\n"))
    public Uni<Response> report(@PathParam("id") UUID id, @QueryParam("outcome") ImportOutcome outcome) {
        return imports.find(id).flatMap(found -> imports.lines(id, outcome, 0, Integer.MAX_VALUE))
                .map(lines -> Response.ok(ImportReportCsv.of(lines))
                        .header("Content-Disposition", "attachment; filename=\"import-" + id + ".csv\"").build());
    }

}
