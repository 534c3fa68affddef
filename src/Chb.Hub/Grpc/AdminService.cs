using Chb.Contracts.V1;
using Chb.Hub.Adapters;
using Chb.Hub.Data;
using Chb.Hub.Reads;
using Chb.Hub.Security;
using Microsoft.AspNetCore.Authorization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>Administration: adapters, store status and the quarantine. Later capabilities add sites, rebuilds and link review.</summary>
internal sealed partial class AdminService(
    AdapterRegistry adapters,
    StoreStatusQueries status,
    QuarantineRepository quarantine,
    ReadBarrier barrier,
    IHubDatabase database) : Admin.AdminBase
{
    private const int DefaultPage = 100;
    private const int MaxPage = 1000;

    [Authorize(Policy = HubPolicies.AdminOrPartner)]
    public override Task<ListAdaptersResponse> ListAdapters(ListAdaptersRequest request, ServerCallContext context)
    {
        var response = new ListAdaptersResponse();
        foreach (var adapter in adapters.Adapters.OrderBy(a => a.Descriptor.Id, StringComparer.Ordinal))
        {
            var info = new AdapterInfo
            {
                Id = adapter.Descriptor.Id,
                DisplayName = adapter.Descriptor.DisplayName,
                Version = adapter.Descriptor.Version.ToString(),
                Health = adapter.IsTripped ? AdapterHealth.Tripped : AdapterHealth.Healthy,
                Detail = adapter.IsTripped ? "paused after repeated failures" : "ok",
            };
            info.AgencyKinds.AddRange(adapter.Descriptor.AgencyKinds.Select(k => k.ToString()));
            response.Adapters.Add(info);
        }

        response.Refused.AddRange(adapters.Refused.Select(r => new Contracts.V1.RefusedPlugin { Path = r.Path, Reason = r.Reason }));
        return Task.FromResult(response);
    }

    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<StoreStatus> GetStoreStatus(GetStoreStatusRequest request, ServerCallContext context)
    {
        if (request.MinSequence > 0)
        {
            await barrier.WaitForAsync(request.MinSequence, context.CancellationToken);
        }

        var counts = await status.GetCountsAsync(context.CancellationToken);
        return new StoreStatus
        {
            Provider = database.Provider,
            LastSequence = (ulong)counts.LastSequence,
            SourceRecords = counts.SourceRecords,
            Quarantined = counts.Quarantined,
        };
    }

    [Authorize(Policy = HubPolicies.AdminOrPartner)]
    public override async Task<ListQuarantineResponse> ListQuarantine(ListQuarantineRequest request, ServerCallContext context)
    {
        var size = request.Page?.PageSize is > 0 and var s ? Math.Min(s, MaxPage) : DefaultPage;
        // A partner system sees its own agency's quarantine only, whatever it asks for.
        var caller = HubCaller.From(context);
        var agency = caller.Role == Contracts.Security.HubRoles.Admin ? (request.Agency.Length > 0 ? request.Agency : null) : caller.Agency;
        var entries = await quarantine.ListAsync(agency, request.Page?.PageToken ?? string.Empty, size, context.CancellationToken);
        var response = new ListQuarantineResponse { Page = new PageResponse() };
        response.Entries.AddRange(entries.Select(e => new Contracts.V1.QuarantineEntry
        {
            QuarantineId = e.Id,
            Agency = e.Agency,
            AdapterId = e.AdapterId ?? string.Empty,
            PushId = e.PushId ?? string.Empty,
            Row = e.RowNumber,
            Field = e.Field,
            Reason = e.Reason,
            ReceivedAt = Timestamp.FromDateTimeOffset(e.ReceivedAt),
        }));
        if (entries.Count == size)
        {
            response.Page.NextPageToken = entries[^1].Id;
        }

        return response;
    }
}
