using System.Diagnostics;
using System.Globalization;
using Chb.Bench.Ingest;
using Microsoft.Data.Sqlite;

// Usage: dotnet run -c Release --project bench/Chb.Bench.Ingest -- [rows ...]   (default: 10000 100000)
//        ... -- --push-only URL rows   pushes one generated export to a hub that is already running (for profiling).
if (args is ["--push-only", var url, var count])
{
    var file = Path.Combine(Path.GetTempPath(), "chb-bench-push-only.csv");
    HousingExport.Write(file, int.Parse(count, CultureInfo.InvariantCulture));
    var timer = Stopwatch.StartNew();
    var (result, _) = await FilePush.RunAsync(new Uri(url), "BDC-HOUSING", "housing-cases-csv/1", file);
    Console.WriteLine($"{result.Accepted} accepted, {result.Duplicates} duplicates, {result.Rejected} rejected in {timer.Elapsed.TotalSeconds:F2} s");
    return;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
var work = Directory.CreateTempSubdirectory("chb-bench-");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine("| rows | file MB | raw insert rows/s | hub ingest rows/s | ratio | hub RSS after MB | hub peak RSS MB |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
try
{
    foreach (var rows in sizes)
    {
        var csv = Path.Combine(work.FullName, $"housing-{rows}.csv");
        var bytes = HousingExport.Write(csv, rows);
        var hubDb = Path.Combine(work.FullName, $"hub-{rows}.db");
        double hubRate;
        (double Rss, double Peak) memory;
        using (var hub = HubProcess.Start(hubDb))
        {
            var watch = Stopwatch.StartNew();
            var (summary, firstRejection) = await FilePush.RunAsync(hub.Address, "BDC-HOUSING", "housing-cases-csv/1", csv);
            hubRate = summary.Accepted / watch.Elapsed.TotalSeconds;
            memory = hub.Memory();
            if (summary.Accepted != rows)
            {
                throw new InvalidOperationException($"expected {rows} accepted rows, got {summary.Accepted} ({summary.Rejected} rejected, first: {firstRejection})");
            }
        }

        var bodyBytes = await AverageBodyBytesAsync(hubDb);
        var raw = RawInsertLimit.Measure(Path.Combine(work.FullName, $"raw-{rows}.db"), rows, bodyBytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows:N0} | {bytes / 1e6:F1} | {raw:N0} | {hubRate:N0} | {hubRate / raw:P0} | {memory.Rss:F0} | {memory.Peak:F0} |"));
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

static async Task<int> AverageBodyBytesAsync(string path)
{
    await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT CAST(AVG(LENGTH(body)) AS INTEGER) FROM source_records";
    return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}
