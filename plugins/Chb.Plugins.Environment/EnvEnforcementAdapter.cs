using System.Runtime.CompilerServices;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

public sealed class EnvEnforcementAdapter : IHubAdapter
{
    public AdapterDescriptor Descriptor { get; } = new(
        "env-enforcement-jsonl/1", "Environmental services enforcement export (JSON Lines)", new Version(1, 0, 0), [AgencyKind.EnvironmentalServices], AdapterContract.Version);

    public async IAsyncEnumerable<AdapterRow> ParseAsync(
        Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);

        using var lines = new JsonLineReader(input);
        while (await lines.ReadAsync(cancellationToken) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Text is null)
            {
                yield return AdapterRow.Reject(
                    line.Number, "line", $"the line is longer than {JsonLineReader.MaxLineChars} characters and was not read");
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return EnvLineMapper.Map(line.Number, line.Text);
            }
        }
    }
}
