using Chb.Contracts.V1;
using Chb.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>
/// GAIN coordinators' aggregated views. Mapped now so its policies are enforced and tested from the start;
/// the views answer UNIMPLEMENTED until they are built.
/// </summary>
internal sealed class GainService : Gain.GainBase
{
    [Authorize(Policy = HubPolicies.Gain)]
    public override Task<GetHoldingsResponse> GetHoldings(GetHoldingsRequest request, ServerCallContext context) => base.GetHoldings(request, context);

    [Authorize(Policy = HubPolicies.Gain)]
    public override Task<AggregateView> GetOcgView(GetOcgViewRequest request, ServerCallContext context) => base.GetOcgView(request, context);

    [Authorize(Policy = HubPolicies.Gain)]
    public override Task<AggregateView> GetSiteView(GetSiteViewRequest request, ServerCallContext context) => base.GetSiteView(request, context);

    [Authorize(Policy = HubPolicies.Gain)]
    public override Task<BaselineResponse> GetBaseline(GetBaselineRequest request, ServerCallContext context) => base.GetBaseline(request, context);

    [Authorize(Policy = HubPolicies.Gain)]
    public override Task<DisclosureRequestStatus> RequestDisclosure(RequestDisclosureRequest request, ServerCallContext context)
        => base.RequestDisclosure(request, context);

    /// <summary>The owning agency's analyst (or an administrator) decides what its holding releases.</summary>
    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override Task<DisclosureRequestStatus> DecideDisclosure(DecideDisclosureRequest request, ServerCallContext context)
        => base.DecideDisclosure(request, context);
}
