package vn.giamngheo.household.dci;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A system's registration for the DCI Social Registry API, as the province's officer enters it. */
@Schema(name = "DciSystemRegistration", description = "A government system's registration for the DCI Social Registry"
        + " API", example = """
        {"name": "Bảo hiểm xã hội tỉnh Cao Bằng — thẻ BHYT hộ nghèo, cận nghèo",
         "clientId": "bhxh-caobang",
         "publicKeyJwk": {"kty": "OKP", "crv": "Ed25519", "kid": "bhxh-2026-1",
                          "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
         "areas": ["04"],
         "attributes": ["household_id", "poverty_status", "list_year", "commune_code", "group_size", "members",
                        "identity_number"],
         "legalBasis": "Luật Bảo hiểm y tế 2008, Điều 12 (người thuộc hộ nghèo, cận nghèo); NĐ 13/2023/NĐ-CP",
         "callbackUris": ["https://bhxh.example.gov.vn/dci/registry/on-search",
                          "https://bhxh.example.gov.vn/dci/registry/on-subscribe",
                          "https://bhxh.example.gov.vn/dci/registry/on-unsubscribe",
                          "https://bhxh.example.gov.vn/dci/registry/txn/on-status"],
         "notifyUri": "https://bhxh.example.gov.vn/dci/registry/notify"}""")
public record SystemRegistration(
        @Schema(required = true, description = "The system's name, as the officers know it",
                minLength = 1, maxLength = 200) String name,
        @Schema(required = true, description = "The user its bearer tokens are issued to (the"
                + " token's upn or preferred_username)", pattern = "^[A-Za-z0-9._@-]{1,200}$") String clientId,
        @Schema(required = true, implementation = DciSchemas.Jwk.class, description = "Its"
                + " Ed25519 public key as a JWK (RFC 8037), with its kid; never the private key (d)")
        JsonNode publicKeyJwk,
        @Schema(required = true, minItems = 1, description = "The units whose households it may"
                + " see: communes, or 04 for the province") List<String> areas,
        @Schema(required = true, description = "The attributes it may see and search by (GET"
                + " /api/v1/dci/systems lists them), household_id among them; personal ones need a legal basis")
        List<String> attributes,
        @Schema(description = "The law that allows it personal data; required for personal attributes")
        String legalBasis,
        @Schema(maxItems = RegisterSystems.MOST_URIS, description = "The only URIs its async answers may go to (a"
                + " request's header.sender_uri must be one)") List<String> callbackUris,
        @Schema(format = "uri", maxLength = 2000, description = "Where notifications of its subscriptions go")
        String notifyUri) {
}
