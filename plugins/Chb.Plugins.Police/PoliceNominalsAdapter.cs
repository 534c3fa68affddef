using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>
/// Reads <c>police-nominals-xml/1</c>: a force's export of organised crime groups and nominals.
/// </summary>
/// <remarks>
/// Streams one <c>Ocg</c> or <c>Nominal</c> element at a time and never holds the whole document.
/// Intelligence <c>sourceRef</c> values are PROTECTED and are never read.
/// </remarks>
public sealed class PoliceNominalsAdapter : IHubAdapter
{
    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; } = new(
        "police-nominals-xml/1", "Police nominal export (XML)", new Version(1, 0, 0), [AgencyKind.Police], AdapterContract.Version);

    /// <inheritdoc />
    public IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ExportReader.ReadAsync(input, context, cancellationToken);
    }
}
