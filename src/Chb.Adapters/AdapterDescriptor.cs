namespace Chb.Adapters;

/// <summary>Identifies an adapter and states what it accepts.</summary>
/// <param name="Id">Stable identifier with its format version, such as <c>housing-cases-csv/1</c>.</param>
/// <param name="DisplayName">A name people read in listings.</param>
/// <param name="Version">The adapter build's version.</param>
/// <param name="AgencyKinds">The kinds of agency whose exports this adapter reads.</param>
/// <param name="ContractVersion">The SDK contract the adapter was built against; see <see cref="AdapterContract.Version"/>.</param>
public sealed record AdapterDescriptor(
    string Id,
    string DisplayName,
    Version Version,
    IReadOnlyList<AgencyKind> AgencyKinds,
    int ContractVersion);
