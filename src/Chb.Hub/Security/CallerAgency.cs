using Chb.Hub.Agencies;
using Chb.Hub.Grpc;
using Grpc.Core;

namespace Chb.Hub.Security;

/// <summary>
/// A writing caller acts for the agency in its identity, never one named in the payload. A payload may
/// still name it (older clients do); naming another agency is refused.
/// </summary>
internal static class CallerAgency
{
    public static Agency Resolve(AgencyDirectory agencies, HubCaller caller, string named, string field)
    {
        if (named.Length > 0 && !string.Equals(named, caller.Agency, StringComparison.Ordinal))
        {
            GrpcErrors.Throw(StatusCode.PermissionDenied, $"The caller acts for {caller.Agency}; {field} may only name that agency or be left empty.");
        }

        if (!agencies.TryGet(caller.Agency, out var agency))
        {
            GrpcErrors.Throw(StatusCode.PermissionDenied, $"The caller's agency {caller.Agency} is not one this hub serves.");
        }

        return agency;
    }
}
