using Chb.Contracts.V1;
using Chb.Hub.GainCoordination;
using Chb.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>CHB sites as data: the place, its dated phases, its lead and its baseline date.</summary>
internal sealed partial class AdminService
{
    /// <summary>Creates a site, or replaces the one with the same id; answers it as stored (areas normalised, phases in order).</summary>
    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<Site> UpsertSite(UpsertSiteRequest request, ServerCallContext context)
    {
        var site = SiteValidator.Validate(request.Site);
        var stored = await Sites(context).UpsertAsync(HubCaller.From(context), site, context.CancellationToken);
        return stored.ToContract();
    }

    private static SiteStore Sites(ServerCallContext context) => context.GetHttpContext().RequestServices.GetRequiredService<SiteStore>();
}
