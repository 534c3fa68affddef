using Chb.Adapters;

namespace Chb.Plugins.Tests.Support;

/// <summary>Runs an adapter over a sample file or a stream and collects every row result.</summary>
internal static class AdapterRunner
{
    public static string DataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", fileName);

    public static async Task<List<AdapterRow>> ParseFileAsync(IHubAdapter adapter, string fileName, string agency, AgencyKind kind)
    {
        await using var stream = File.OpenRead(DataPath(fileName));
        return await ParseAsync(adapter, stream, agency, kind);
    }

    public static Task<List<AdapterRow>> ParseTextAsync(IHubAdapter adapter, string text, string agency, AgencyKind kind)
        => ParseAsync(adapter, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), agency, kind);

    public static async Task<List<AdapterRow>> ParseAsync(IHubAdapter adapter, Stream stream, string agency, AgencyKind kind)
    {
        var rows = new List<AdapterRow>();
        await foreach (var row in adapter.ParseAsync(stream, new AdapterContext(agency, kind, "test"), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
