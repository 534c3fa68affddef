using System.Collections.Concurrent;
using Chb.Adapters;
using McMaster.NETCore.Plugins;

namespace Chb.Hub.Tests.Tactics.Support;

/// <summary>
/// The real partner samples parsed by the real plugins, loaded from the hub's plugins folder the way the hub's
/// AdapterLoader loads them (own load context, sharing only the SDK).
/// </summary>
internal static class SampleRecords
{
    public const string Council = "BDC";
    public const string Environment = "BDC-ENV";
    public const string Police = "WYP";

    private static readonly ConcurrentDictionary<string, IHubAdapter> Adapters = new(StringComparer.Ordinal);
    private static readonly Lazy<Task<IReadOnlyList<SampleRecord>>> All = new(LoadAsync);

    public static Task<IReadOnlyList<SampleRecord>> AllAsync() => All.Value;

    /// <summary>Gets the one sample record whose partner reference starts with <paramref name="prefix"/>.</summary>
    public static async Task<SampleRecord> OneAsync(string prefix)
    {
        var matches = (await AllAsync()).Where(r => r.Record.PartnerReference.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return Assert.Single(matches);
    }

    private static async Task<IReadOnlyList<SampleRecord>> LoadAsync()
    {
        var records = new List<SampleRecord>();
        records.AddRange(await ParseAsync("Chb.Plugins.Housing", "housing-cases.csv", Council, AgencyKind.Housing));
        records.AddRange(await ParseAsync("Chb.Plugins.Environment", "env-enforcement.jsonl", Environment, AgencyKind.EnvironmentalServices));
        records.AddRange(await ParseAsync("Chb.Plugins.Police", "police-nominals.xml", Police, AgencyKind.Police));
        return records;
    }

    /// <summary>Parses crafted text with a real plugin.</summary>
    public static async Task<List<SampleRecord>> ParseTextAsync(string plugin, string text, string agency, AgencyKind kind)
    {
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await ParseAsync(Adapter(plugin), stream, "crafted", agency, kind);
    }

    private static async Task<List<SampleRecord>> ParseAsync(string plugin, string file, string agency, AgencyKind kind)
    {
        await using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Samples, file));
        return await ParseAsync(Adapter(plugin), stream, file, agency, kind);
    }

    private static IHubAdapter Adapter(string plugin)
        => Adapters.GetOrAdd(plugin, static name =>
        {
            var dll = Path.Combine(RepositoryPaths.HubPlugins, name, name + ".dll");
            Assert.True(File.Exists(dll), $"Plugin not built at {dll}; build the solution first.");
            var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IHubAdapter)]);
            var type = loader.LoadDefaultAssembly().GetTypes()
                .Single(t => t is { IsClass: true, IsAbstract: false } && typeof(IHubAdapter).IsAssignableFrom(t));
            return (IHubAdapter)Activator.CreateInstance(type)!;
        });

    private static async Task<List<SampleRecord>> ParseAsync(IHubAdapter adapter, Stream stream, string file, string agency, AgencyKind kind)
    {
        var records = new List<SampleRecord>();
        await foreach (var row in adapter.ParseAsync(stream, new AdapterContext(agency, kind, file), CancellationToken.None))
        {
            if (row.Record is { } record)
            {
                records.Add(new SampleRecord(agency, kind, record));
            }
        }

        return records;
    }
}
