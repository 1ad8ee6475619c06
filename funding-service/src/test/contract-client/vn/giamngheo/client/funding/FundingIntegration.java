package vn.giamngheo.client.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.giamngheo.client.funding.api.AllocationsAndLedgerApi;
import vn.giamngheo.client.funding.api.BalancesApi;
import vn.giamngheo.client.funding.model.AllocationRequest;
import vn.giamngheo.client.funding.model.DisbursementRequest;

/**
 * What a commune's accounting system does with funding-service, written against the client generated from the
 * service's OpenAPI document and nothing else: it reads the lines of an approved plan, allocates money within a line,
 * records a payment and reads the allocation's ledger back. Run by FundingContractClientTests with plain values.
 */
public final class FundingIntegration {

    private final ApiClient client = new ApiClient();

    public FundingIntegration(String baseUri, String token) {
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    public List<String> lineKeys(String planId) throws ApiException {
        return new BalancesApi(client).listBudgetLines(null, UUID.fromString(planId), null).stream()
                .map(line -> line.getLineKey()).toList();
    }

    public String allocate(String planId, String lineKey, String commune, long amountVnd, String idempotencyKey)
            throws ApiException {
        AllocationRequest request = new AllocationRequest().planId(UUID.fromString(planId)).lineKey(lineKey)
                .implementingUnit("UBND xã").implementingAreaCode(commune).amountVnd(amountVnd)
                .decisionNumber("12/QĐ-UBND").decisionDate(LocalDate.of(2026, 2, 15));
        return new AllocationsAndLedgerApi(client).allocateFunds(idempotencyKey, request).getId().toString();
    }

    public String disburse(String allocationId, long amountVnd, String payee, String reference, String idempotencyKey)
            throws ApiException {
        DisbursementRequest request = new DisbursementRequest().amountVnd(amountVnd)
                .valueDate(LocalDate.of(2026, 4, 1)).payee(payee).paymentReference(reference);
        return new AllocationsAndLedgerApi(client).recordDisbursement(UUID.fromString(allocationId), idempotencyKey,
                request).getId().toString();
    }

    /** The allocation as read back: amount, disbursed, remaining, and its ledger's payees. */
    public List<Object> allocation(String allocationId) throws ApiException {
        var read = new AllocationsAndLedgerApi(client).getAllocation(UUID.fromString(allocationId));
        return List.of(read.getAmountVnd(), read.getDisbursedVnd(), read.getRemainingVnd(),
                read.getLedger().stream().map(entry -> entry.getPayee()).toList());
    }

    /** The status the service answered an allocation with: 201, or the refusal's (with its problem type). */
    public String refusalOfAllocating(String planId, String lineKey, String commune, long amountVnd) {
        try {
            allocate(planId, lineKey, commune, amountVnd, UUID.randomUUID().toString());
            return "201";
        } catch (ApiException e) {
            return e.getCode() + " " + e.getResponseBody();
        }
    }
}
