using Chb.Adapters;

namespace Chb.Plugins.Housing;

public sealed class HousingCasesAdapter : IHubAdapter
{
    public AdapterDescriptor Descriptor { get; } = new(
        "housing-cases-csv/1", "Housing management case export (CSV)", new Version(1, 0, 0), [AgencyKind.Housing], AdapterContract.Version);

    public IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
