using System.Diagnostics;
using System.Globalization;
using Chb.Bench.Ingest;
using Chb.Contracts.Security;
using Microsoft.Data.Sqlite;

// Usage: dotnet run -c Release --project bench/Chb.Bench.Ingest -- [--share S] [--catch-up SECONDS] [--setting Key=Value]... [--names population|narrow] [--keep DIR] [rows ...]
//          For each size: a fresh hub, a first push (the hub just started), a second push of as many other rows (warm),
//          then up to --catch-up seconds (default 600; 0 skips) for linking and opportunities to reach the last change,
//          then the raw insert limits. Default rows: 10000 100000; --share sets Hub:Linking:MaxWriteShare; --keep DIR keeps each
//          size's hub store there as hub-ROWS.db; --names narrow gives everyone one of 30 names (a stress shape).
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
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; names: {names}; hub settings: {string.Join(' ', settings)}");
Console.WriteLine("| rows | file MB | raw insert rows/s (Dapper) | raw prepared rows/s | first push rows/s | ratio | second push rows/s | ratio (Dapper) | ratio (prepared) | hub CPU µs/row first / second | links done at summary | links caught up s | opportunities caught up s | hub RSS after MB | hub peak RSS MB |");
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
        var hubDb = Path.Combine(work.FullName, $"hub-{rows}.db");
        (double Rate, double CpuPerRow) cold, warm;
        (double Rss, double Peak) memory;
        Projections.CatchUp catchUp;
        using (var hub = HubProcess.Start(hubDb, settings))
        {
            var token = hub.PartnerToken(Agency);
            cold = await PushAsync(hub, token, first, rows);
            var watch = Stopwatch.StartNew();
            warm = await PushAsync(hub, token, second, rows);
            catchUp = await Projections.WaitAsync(hubDb, watch, catchUpLimit);
            memory = hub.Memory();
        }

        var bodyBytes = await AverageBodyBytesAsync(hubDb);
        var raw = RawInsertLimit.Measure(Path.Combine(work.FullName, $"raw-{rows}.db"), rows, bodyBytes, prepared: false);
        var rawPrepared = RawInsertLimit.Measure(Path.Combine(work.FullName, $"raw-prepared-{rows}.db"), rows, bodyBytes, prepared: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows:N0} | {bytes / 1e6:F1} | {raw:N0} | {rawPrepared:N0} | {cold.Rate:N0} | {cold.Rate / raw:P0} | {warm.Rate:N0} | {warm.Rate / raw:P0} | {warm.Rate / rawPrepared:P0} | {cold.CpuPerRow:F0} / {warm.CpuPerRow:F0} | {catchUp.LinksAtSummary:P0} | {catchUp.Links} | {catchUp.Opportunities} | {memory.Rss:F0} | {memory.Peak:F0} |"));
        File.Delete(first);
        File.Delete(second);
        if (keep is not null)
        {
            // The loaded store, for replaying the projections over it (tools such as sqlite3 or a hub started on a copy).
            Directory.CreateDirectory(keep);
            foreach (var suffix in new[] { string.Empty, "-wal" }.Where(s => File.Exists(hubDb + s)))
            {
                File.Copy(hubDb + suffix, Path.Combine(keep, $"hub-{rows}.db{suffix}"), overwrite: true);
            }
        }
    }
}
finally
{
    SqliteConnection.ClearAllPools();
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

static async Task<int> AverageBodyBytesAsync(string path)
{
    await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT CAST(AVG(LENGTH(body)) AS INTEGER) FROM source_records";
    return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

internal static partial class Program
{
    private const string Agency = "BDC-HOUSING";
    private const string Adapter = "housing-cases-csv/1";
}
