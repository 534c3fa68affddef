using System.Diagnostics.CodeAnalysis;

namespace Chb.Hub.Adapters;

/// <summary>The adapters loaded at start, by id. Filled once by <see cref="AdapterLoader"/>; read-only after.</summary>
internal sealed class AdapterRegistry
{
    private Dictionary<string, LoadedAdapter> _adapters = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LoadedAdapter> Adapters => _adapters.Values;

    public IReadOnlyList<RefusedPlugin> Refused { get; private set; } = [];

    public bool TryGet(string id, [NotNullWhen(true)] out LoadedAdapter? adapter) => _adapters.TryGetValue(id, out adapter);

    internal void Set(IEnumerable<LoadedAdapter> adapters, IReadOnlyList<RefusedPlugin> refused)
    {
        _adapters = adapters.ToDictionary(a => a.Descriptor.Id, StringComparer.Ordinal);
        Refused = refused;
    }
}
