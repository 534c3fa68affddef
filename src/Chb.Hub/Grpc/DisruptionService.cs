using Chb.Hub.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>What Lead Responsible Officers ask: the options for a person, a place or their OCG.</summary>
[Authorize(Policy = HubPolicies.Lro)]
internal sealed partial class DisruptionService : Contracts.V1.Disruption.DisruptionBase
{
}
