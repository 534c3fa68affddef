using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Agencies;
using Chb.Hub.GainCoordination;
using Chb.Hub.Linking;
using Chb.Hub.Lro;
using Chb.Hub.Opportunities;
using Chb.Hub.Reads;
using Chb.Hub.Security;
using Chb.Hub.Tactics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Grpc;

/// <summary>
/// What GAIN coordinators ask: which agencies hold what on a person, place or OCG (hit/no-hit), aggregated views of an
/// OCG and a CHB site, a site's baseline, and disclosure requests to the agency behind a holding. GAIN coordinators see
/// over everything (DESIGN.md §6.6), so there is no need-to-know filter beyond the role; details still pass the
/// disclosure policy, views publish suppressed counts only, and every answer is logged with its purpose before it is sent.
/// </summary>
internal sealed partial class GainService(
    HoldingsReader holdings,
    GainFigures figures,
    SiteStore sites,
    DisclosureRequests requests,
    DisclosurePolicy policy,
    Consultations consultations,
    OpportunityReads reads,
    OpportunityProgress progress,
    TacticCatalogue catalogue,
    AgencyDirectory agencies,
    ReadBarrier barrier,
    IOptions<GainOptions> options,
    TimeProvider time) : Contracts.V1.Gain.GainBase
{
    private const int MaxReference = 100;

    [Authorize(Policy = HubPolicies.Gain)]
    public override async Task<GetHoldingsResponse> GetHoldings(GetHoldingsRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var subject = SubjectOf(request.Subject);
        var held = await holdings.ForAsync(subject, context.CancellationToken) ?? throw NotKnown(subject.Kind, subject.Id);
        await holdings.RememberAsync(subject, held, context.CancellationToken);
        var disclosure = policy.For(call.Caller);
        var response = new GetHoldingsResponse { AsOfSequence = (ulong)call.AsOf };
        foreach (var holding in held)
        {
            response.Holdings.Add(new Holding
            {
                Agency = holding.Agency,
                RecordKind = holding.Category,
                HoldingReference = holding.Reference,
                Latest = Timestamp.FromDateTime(holding.Month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                AgencyContact = disclosure.Contact(holding.Agency),
            });
            disclosure.Disclose($"holding:{holding.Reference}/existence");
        }

        await consultations.RecordAsync(
            call.Caller, "Gain.GetHoldings", call.Purpose, [subject.ToString(), .. held.Select(h => $"holding:{h.Reference}")],
            disclosure.Disclosed, disclosure.Withheld, context.CancellationToken);
        return response;
    }

    private static HoldingSubject SubjectOf(SubjectRef? subject)
    {
        var (kind, field, id) = subject?.SubjectCase switch
        {
            SubjectRef.SubjectOneofCase.NominalHubId => (SubjectKinds.Nominal, "subject.nominal_hub_id", subject.NominalHubId),
            SubjectRef.SubjectOneofCase.LocationHubId => (SubjectKinds.Location, "subject.location_hub_id", subject.LocationHubId),
            SubjectRef.SubjectOneofCase.OcgReference => (HoldingSubject.Ocg, "subject.ocg_reference", subject.OcgReference),
            _ => (string.Empty, "subject", string.Empty),
        };
        if (kind.Length == 0)
        {
            GrpcErrors.ThrowBadRequest("subject", "name a nominal hub id, a location hub id or an OCG reference");
        }

        id = id.Trim();
        if (id.Length is 0 or > MaxReference)
        {
            GrpcErrors.ThrowBadRequest(field, $"give the id, at most {MaxReference} characters");
        }

        return new HoldingSubject(kind, id);
    }

    private static RpcException NotKnown(string what, string id)
        => new(new global::Grpc.Core.Status(StatusCode.NotFound, $"No {(what == HoldingSubject.Ocg ? "OCG" : what)} '{id}' is known to the hub; check the reference."));

    private async Task<GainCall> BeginAsync(ReadOptions? readOptions, ServerCallContext context)
    {
        var purpose = ReadPurposes.Require(readOptions?.Purpose);
        var caller = HubCaller.From(context);
        var asOf = readOptions is { MinSequence: > 0 }
            ? await barrier.WaitForAsync(readOptions.MinSequence, reads.CheckpointAsync, () => progress.NextAdvance, context.CancellationToken)
            : await reads.CheckpointAsync(context.CancellationToken);
        return new GainCall(caller, purpose, asOf, time.GetUtcNow());
    }

    /// <summary>One GAIN call: who, why, and the projection state it reads.</summary>
    private sealed record GainCall(HubCaller Caller, string Purpose, long AsOf, DateTimeOffset Now)
    {
        public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
    }
}
