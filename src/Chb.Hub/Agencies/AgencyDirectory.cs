using System.Diagnostics.CodeAnalysis;
using Chb.Hub.Options;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Agencies;

/// <summary>The agencies this hub serves, from configuration.</summary>
internal sealed class AgencyDirectory(IOptions<AgencyDirectoryOptions> options)
{
    private readonly Dictionary<string, Agency> _agencies = options.Value.Agencies
        .ToDictionary(a => a.Code, a => new Agency(a.Code, a.Name, a.Kind) { Contact = a.Contact ?? a.Name }, StringComparer.Ordinal);

    public IReadOnlyCollection<Agency> All => _agencies.Values;

    public bool TryGet(string code, [NotNullWhen(true)] out Agency? agency) => _agencies.TryGetValue(code, out agency);
}
