using Chb.Adapters;

namespace Chb.Plugins.Police;

public sealed class PoliceNominalsAdapter : IHubAdapter
{
    public AdapterDescriptor Descriptor { get; } = new(
        "police-nominals-xml/1", "Police nominal export (XML)", new Version(1, 0, 0), [AgencyKind.Police], AdapterContract.Version);

    public IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
