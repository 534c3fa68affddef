using System.Diagnostics;
using System.Globalization;
using Chb.Bench.Ingest;
using Chb.Contracts.Security;

// Usage: dotnet run -c Release --project bench/Chb.Bench.Ingest -- [--share S] [--catch-up SECONDS] [--setting Key=Value]... [--names population|narrow] [--keep DIR]
//          [--postgres SERVER-CONNECTION-STRING] [rows ...]
//          For each size: a fresh hub, a first push (the hub just started), a second push of as many other rows (warm),
//          then up to --catch-up seconds (default 600; 0 skips) for linking and opportunities to reach the last change,
//          then the raw insert limits. Default rows: 10000 100000; --share sets Hub:Linking:MaxWriteShare; --keep DIR keeps each
//          size's hub store there as hub-ROWS.db; --names narrow gives everyone one of 30 names (a stress shape);
//          --postgres runs each size's hub on a fresh database made on that server (dropped after), limits by COPY and Dapper.
//        ... -- --push-only URL rows BASE64KEY   pushes one generated export to a hub that is already running and trusts
//          that signing key (Hub:Auth:SigningKeys:0), for profiling it with dotnet-trace or dotnet-counters.
if (args is ["--push-only", var url, var count, var key])
{
    var file = Path.Combine(Path.GetTempPath(), "chb-bench-push-only.csv");
    HousingExport.Write(file, int.Parse(count, CultureInfo.InvariantCulture));
    var token = HubTokens.Mint(
        new HubPersona("system:bdc-housing", HubRoles.Partner, Agency), Convert.FromBase64String(key), HubDevelopmentKey.Issuer, HubDevelopmentKey.Audience,
        TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(4));
    var timer = Stopwatch.StartNew();
    var (result, _) = await FilePush.RunAsync(new Uri(url), token, Agency, Adapter, file);
    Console.WriteLine($"{result.Accepted} accepted, {result.Duplicates} duplicates, {result.Rejected} rejected in {timer.Elapsed.TotalSeconds:F2} s");
    return;
}

var settings = new List<string>();
var catchUpLimit = TimeSpan.FromSeconds(600);
var sizes = new List<int>();
string? keep = null;
string? postgres = null;
var names = NameShape.Population;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--share":
            settings.Add($"--Hub:Linking:MaxWriteShare={args[++i]}");
            break;
        case "--catch-up":
            catchUpLimit = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
            break;
        case "--names":
            names = Enum.Parse<NameShape>(args[++i], ignoreCase: true);
            break;
        case "--postgres":
            postgres = args[++i];
            break;
        case "--keep":
            keep = args[++i];
            break;
        case "--setting":
            settings.Add($"--{args[++i]}");
            break;
        default:
            sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
            break;
    }
}

if (sizes.Count == 0)
{
    sizes.AddRange([10_000, 100_000]);
}

var work = Directory.CreateTempSubdirectory("chb-bench-");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; store: {(postgres is null ? "SQLite" : "PostgreSQL")}; names: {names}; hub settings: {string.Join(' ', settings)}");
Console.WriteLine("| rows | file MB | raw limit rows/s (first) | raw limit rows/s (second) | first push rows/s | ratio | second push rows/s | ratio (first limit) | ratio (second limit) | hub CPU µs/row first / second | links done at summary | links caught up s | opportunities caught up s | hub RSS after MB | hub peak RSS MB |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
try
{
    foreach (var rows in sizes)
    {
        // Two exports of the same size with no reference in common: the first push meets a hub that has just started
        // (its code still being compiled), the second a warm one, as a hub that has been running would be.
        var first = Path.Combine(work.FullName, $"housing-{rows}-a.csv");
        var second = Path.Combine(work.FullName, $"housing-{rows}-b.csv");
        var bytes = HousingExport.Write(first, rows, shape: names);
        HousingExport.Write(second, rows, firstCase: 5_000_000, shape: names);
        await using IBenchStore store = postgres is null ? new SqliteBenchStore(work.FullName, rows) : new PostgresBenchStore(postgres, rows);
        (double Rate, double CpuPerRow) cold, warm;
        (double Rss, double Peak) memory;
        Projections.CatchUp catchUp;
        using (var hub = HubProcess.Start([.. store.HubSettings, .. settings]))
        {
            var token = hub.PartnerToken(Agency);
            cold = await PushAsync(hub, token, first, rows);
            var watch = Stopwatch.StartNew();
            warm = await PushAsync(hub, token, second, rows);
            catchUp = await Projections.WaitAsync(store, watch, catchUpLimit);
            memory = hub.Memory();
        }

        var limits = store.RawLimits(rows, await store.AverageBodyBytesAsync());
        var (raw, rawSecond) = (limits[0].RowsPerSecond, limits[1].RowsPerSecond);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows:N0} | {bytes / 1e6:F1} | {raw:N0} ({limits[0].Label}) | {rawSecond:N0} ({limits[1].Label}) | {cold.Rate:N0} | {cold.Rate / raw:P0} | {warm.Rate:N0} | {warm.Rate / raw:P0} | {warm.Rate / rawSecond:P0} | {cold.CpuPerRow:F0} / {warm.CpuPerRow:F0} | {catchUp.LinksAtSummary:P0} | {catchUp.Links} | {catchUp.Opportunities} | {memory.Rss:F0} | {memory.Peak:F0} |"));
        File.Delete(first);
        File.Delete(second);
        if (keep is not null)
        {
            store.Keep(keep);
        }
    }
}
finally
{
    work.Delete(recursive: true);
}

// One push timed from its first message to its summary, when every row has been committed and answered.
static async Task<(double Rate, double CpuPerRow)> PushAsync(HubProcess hub, string token, string csv, int rows)
{
    var cpuBefore = hub.CpuSeconds();
    var watch = Stopwatch.StartNew();
    var (summary, firstRejection) = await FilePush.RunAsync(hub.Address, token, Agency, Adapter, csv);
    var rate = summary.Accepted / watch.Elapsed.TotalSeconds;
    if (summary.Accepted != rows)
    {
        throw new InvalidOperationException($"expected {rows} accepted rows, got {summary.Accepted} ({summary.Rejected} rejected, first: {firstRejection})");
    }

    return (rate, (hub.CpuSeconds() - cpuBefore) / rows * 1e6);
}

internal static partial class Program
{
    private const string Agency = "BDC-HOUSING";
    private const string Adapter = "housing-cases-csv/1";
}
