using Chb.Contracts.V1;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Ingest;
using Chb.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>The partner-facing ingest service. The pushing agency is always the caller's own.</summary>
[Authorize(Policy = HubPolicies.Partner)]
internal sealed class IngestService(PushHandler pushes, SourceRecordRepository records, AgencyDirectory agencies) : Contracts.V1.Ingest.IngestBase
{
    private const int MaxRetractions = 1000;

    public override Task Push(IAsyncStreamReader<PushRequest> requestStream, IServerStreamWriter<PushResponse> responseStream, ServerCallContext context)
        => pushes.HandleAsync(requestStream, responseStream, context);

    public override async Task<RetractResponse> Retract(RetractRequest request, ServerCallContext context)
    {
        var caller = HubCaller.From(context);
        var agency = CallerAgency.Resolve(agencies, caller, request.Agency, "agency");

        if (request.PartnerReferences.Count is 0 or > MaxRetractions)
        {
            GrpcErrors.ThrowBadRequest("partner_references", $"name between 1 and {MaxRetractions} references");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            GrpcErrors.ThrowBadRequest("reason", "say why the records are withdrawn (at most 1000 characters)");
        }

        var response = new RetractResponse();
        foreach (var reference in request.PartnerReferences)
        {
            var (status, sequence) = await records.RetractAsync(caller.Subject, agency.Code, reference, request.Reason, context.CancellationToken);
            response.Results.Add(new RetractResult
            {
                PartnerReference = reference,
                Sequence = (ulong)sequence,
                Outcome = status switch
                {
                    RetractStatus.Retracted => RetractOutcome.Retracted,
                    RetractStatus.AlreadyRetracted => RetractOutcome.AlreadyRetracted,
                    _ => RetractOutcome.NotFound,
                },
            });
        }

        return response;
    }
}
