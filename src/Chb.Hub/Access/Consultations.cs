using Chb.Hub.Audit;
using Chb.Hub.Security;

namespace Chb.Hub.Access;

/// <summary>
/// Logs a read before its answer leaves the hub: who asked, as what, why, which subjects it touched, what it
/// disclosed and what it withheld (with reason codes). Ids and field names only, never the values.
/// </summary>
internal sealed class Consultations(AuditLog log)
{
    public Task RecordAsync(
        HubCaller caller,
        string rpc,
        string purpose,
        IReadOnlyList<string> subjects,
        IReadOnlyList<string> disclosed,
        IReadOnlyList<string> withheld,
        CancellationToken cancellationToken)
        => log.AppendAsync(
            new AuditEvent(caller.Subject, caller.Role, caller.Agency, disclosed.Count > 0 ? AuditActions.Disclosure : AuditActions.Consultation, subjects)
            {
                Purpose = $"{rpc} {purpose}",
                Disclosed = disclosed,
                Withheld = withheld,
            },
            cancellationToken);
}
