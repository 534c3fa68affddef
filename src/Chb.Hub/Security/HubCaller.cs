using System.Security.Claims;
using Chb.Contracts.Security;
using Grpc.Core;

namespace Chb.Hub.Security;

/// <summary>The authenticated caller of one RPC, read from its validated token or certificate.</summary>
internal sealed record HubCaller(string Subject, string Role, string Agency, IReadOnlySet<string> Ocgs, IReadOnlySet<string> Sites)
{
    public static HubCaller From(ServerCallContext context) => From(context.GetHttpContext().User);

    public static HubCaller From(ClaimsPrincipal user)
    {
        // Authorisation has already required an authenticated caller with an agency; this only reads.
        string One(string type) => user.FindFirst(type)?.Value ?? throw new InvalidOperationException($"The caller has no {type} claim.");
        HashSet<string> Many(string type) => user.FindAll(type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new HubCaller(One(HubClaims.Subject), One(HubClaims.Role), One(HubClaims.Agency), Many(HubClaims.Ocg), Many(HubClaims.Site));
    }
}
