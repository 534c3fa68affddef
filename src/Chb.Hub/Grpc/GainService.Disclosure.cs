using Chb.Contracts.V1;
using Chb.Hub.GainCoordination;
using Chb.Hub.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>
/// Disclosure requests after a hit: a GAIN coordinator asks the agency behind a holding for named fields under a legal
/// gateway; an analyst (or administrator) of that agency approves or refuses; an approval releases exactly those fields,
/// to exactly that coordinator, read through the disclosure policy with the approval as the grant.
/// </summary>
internal sealed partial class GainService
{
    private const int MaxReason = 1000;

    [Authorize(Policy = HubPolicies.Gain)]
    public override async Task<DisclosureRequestStatus> RequestDisclosure(RequestDisclosureRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var ct = context.CancellationToken;
        if (request.RequestId.Trim() is { Length: > 0 } id)
        {
            return await FollowUpAsync(call, id, ct);
        }

        var reference = request.HoldingReference.Trim();
        if (reference.Length is 0 or > MaxReference)
        {
            GrpcErrors.ThrowBadRequest("holding_reference", "quote a holding reference GetHoldings answered");
        }

        var gateway = request.LegalGateway.Trim();
        if (gateway.Length is < 3 or > ReleaseFields.MaxGateway)
        {
            GrpcErrors.ThrowBadRequest("legal_gateway", $"name the legal gateway the sharing relies on, such as \"Crime and Disorder Act 1998 s.115\" (3 to {ReleaseFields.MaxGateway} characters)");
        }

        if (request.RequestedFields.Count == 0)
        {
            GrpcErrors.ThrowBadRequest("requested_fields", $"name the fields you need, from: {string.Join(", ", ReleaseFields.All)}");
        }

        for (var i = 0; i < request.RequestedFields.Count; i++)
        {
            if (!ReleaseFields.IsKnown(request.RequestedFields[i].Trim()))
            {
                GrpcErrors.ThrowBadRequest($"requested_fields[{i}]", $"is not a field a holding can release; use one of: {string.Join(", ", ReleaseFields.All)}");
            }
        }

        var held = await holdings.CurrentAsync(reference, ct) ?? throw NotKnown("holding", reference);
        var fields = ReleaseFields.InOrder(request.RequestedFields.Select(f => f.Trim())).ToList();
        var stored = await requests.CreateAsync(call.Caller, call.Purpose, held.Stored, gateway, fields, ct);
        return Status(stored, held.Stored.Category);
    }

    /// <summary>The owning agency decides; a request of any other agency answers as an unknown one.</summary>
    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override async Task<DisclosureRequestStatus> DecideDisclosure(DecideDisclosureRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var ct = context.CancellationToken;
        var id = request.RequestId.Trim();
        if (id.Length is 0 or > MaxReference)
        {
            GrpcErrors.ThrowBadRequest("request_id", "give the id RequestDisclosure answered");
        }

        var reason = request.Reason.Trim();
        if (reason.Length is 0 or > MaxReason)
        {
            GrpcErrors.ThrowBadRequest("reason", $"record the reasons for the decision, in 1 to {MaxReason} characters");
        }

        var found = await requests.FindAsync(id, ct);
        if (found is null || found.Agency != call.Caller.Agency)
        {
            throw NotKnownRequest(id);
        }

        // An approval covers the records the holding has now, not ones that join it later.
        IReadOnlyList<string> records = request.Approve && await holdings.CurrentAsync(found.HoldingReference, ct) is { } held
            ? [.. held.Current.Records.Select(r => r.RecordId)]
            : [];
        var (outcome, decided) = await requests.DecideAsync(call.Caller, call.Purpose, id, request.Approve, reason, records, ct);
        if (outcome == DecisionOutcome.NotFound || decided is null)
        {
            throw NotKnownRequest(id);
        }

        if (outcome == DecisionOutcome.AlreadyDecidedOtherwise)
        {
            GrpcErrors.Throw(StatusCode.FailedPrecondition, $"Request '{id}' was already {decided.Status}; a decision is not changed.");
        }

        return Status(decided, (await holdings.FindAsync(decided.HoldingReference, ct))?.Category);
    }

    private async Task<DisclosureRequestStatus> FollowUpAsync(GainCall call, string id, CancellationToken cancellationToken)
    {
        var stored = await requests.FindAsync(id, cancellationToken);
        if (stored is null || !stored.IsRequester(call.Caller))
        {
            throw NotKnownRequest(id);
        }

        var holding = await holdings.FindAsync(stored.HoldingReference, cancellationToken);
        var status = Status(stored, holding?.Category);
        var disclosure = policy.For(call.Caller);
        if (stored.Status == StoredRequest.Approved
            && holding is not null
            && await holdings.ForAsync(holding.Subject, cancellationToken) is { } all
            && all.FirstOrDefault(h => h.Reference == stored.HoldingReference) is { } current)
        {
            var granted = new GrantedDisclosure(disclosure, stored);
            var approved = stored.ReleaseRecords.ToHashSet(StringComparer.Ordinal);
            foreach (var record in current.Records.Where(r => approved.Contains(r.RecordId)))
            {
                granted.Release(record, status.Released, status.Withheld);
            }
        }

        await consultations.RecordAsync(
            call.Caller, "Gain.RequestDisclosure", call.Purpose, [$"disclosure-request:{id}", $"holding:{stored.HoldingReference}"],
            disclosure.Disclosed, disclosure.Withheld, cancellationToken);
        return status;
    }

    private static DisclosureRequestStatus Status(StoredRequest stored, string? category)
    {
        var status = new DisclosureRequestStatus
        {
            RequestId = stored.RequestId,
            Decision = stored.Status switch
            {
                StoredRequest.Approved => DisclosureDecision.Approved,
                StoredRequest.Refused => DisclosureDecision.Refused,
                _ => DisclosureDecision.Pending,
            },
            HoldingReference = stored.HoldingReference,
            Agency = stored.Agency,
            RecordKind = category ?? string.Empty,
            LegalGateway = stored.LegalGateway,
            RequestedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(stored.RequestedAtTicks, TimeSpan.Zero)),
            DecisionReason = stored.DecisionReason ?? string.Empty,
            RequestedByAgency = stored.RequesterAgency,
        };
        status.RequestedFields.AddRange(stored.Fields);
        if (stored.DecidedAtTicks is { } decided)
        {
            status.DecidedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(decided, TimeSpan.Zero));
        }

        if (stored.Status == StoredRequest.Approved)
        {
            status.ReleasedFields.AddRange(stored.Fields);
        }

        return status;
    }

    private static RpcException NotKnownRequest(string id)
        => new(new global::Grpc.Core.Status(StatusCode.NotFound, $"No disclosure request '{id}' is known to you; check the id."));
}
