using Chb.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Security;

namespace Chb.Hub.Access;

/// <summary>
/// The one place that decides what a caller may see of a value (DESIGN.md §6). Every response element that
/// carries partner data is built through a <see cref="DisclosureContext"/> from here, which also collects what
/// was disclosed and what was withheld for the audit log.
/// </summary>
internal sealed class DisclosurePolicy(AgencyDirectory agencies)
{
    public DisclosureContext For(HubCaller caller)
        => new(caller, agencies.TryGet(caller.Agency, out var agency) && agency.Kind == AgencyKind.Police, agencies);
}
