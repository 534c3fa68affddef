using Chb.Adapters;

namespace Chb.Plugins.Environment;

public sealed class EnvironmentNominalsAdapter : IHubAdapter
{
    public AdapterDescriptor Descriptor { get; } = new(
        "env-enforcement-jsonl/1", "Environmental services enforcement export (JSON Lines)", new Version(1, 0, 0), [AgencyKind.EnvironmentalServices], AdapterContract.Version);

    public IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
