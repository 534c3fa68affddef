using System.Diagnostics;
using System.Globalization;
using Chb.Bench.Query;
using Chb.Contracts.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;

// Usage: dotnet run -c Release --project bench/Chb.Bench.Query -- [records ...] [options]   (default: 10000 100000)
//   --site-people N     people per demo site (default 1000: three OCGs of 40 members, about 630 records)
//   --names town|demo   each site's family and street names drawn from a town's pool (default), or the generator's own
//                       40 family names and 12 streets repeated in every site (the first runs' shape)
//   --warmup S --duration S          per load step (default 3 and 10 seconds)
//   --concurrency 1,16,100           concurrent calls per step
//   --connections N     HTTP/2 connections the load generator spreads its calls over (default 2)
//   --lros N            LROs (one per sampled site, each assigned that site's three OCGs) to rotate over (default 10)
//   --keep DIR          keep each size's hub database and the projectors' batch log in DIR (default: deleted)
//   --generate DIR      only write the partner files for the first size into DIR (to inspect the data)
//   --hub KEY=VALUE     extra hub configuration (repeatable), such as Hub:Storage:AttemptTimeout=00:10:00
//   --catch-up-limit M  give up on a size whose opportunity projection has not caught up M minutes after the load (default 30)
//   --attach PID --attach-url URL   for a hub this tool started and loaded (its process id and address; give the same
//                       records and --site-people): wait for its projection, then run the query steps
var sizes = new List<int>();
var hubSettings = new List<string>();
var settings = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--site-people"] = "1000", ["--names"] = "town", ["--warmup"] = "3", ["--duration"] = "10", ["--concurrency"] = "1,16,100", ["--connections"] = "2", ["--lros"] = "10", ["--keep"] = string.Empty, ["--generate"] = string.Empty, ["--catch-up-limit"] = "30", ["--attach"] = string.Empty, ["--attach-url"] = string.Empty,
};
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--hub" && i + 1 < args.Length)
    {
        hubSettings.Add(args[++i]);
    }
    else if (settings.ContainsKey(args[i]) && i + 1 < args.Length)
    {
        settings[args[i]] = args[++i];
    }
    else
    {
        sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
    }
}

if (sizes.Count == 0)
{
    sizes.AddRange([10_000, 100_000]);
}

int Setting(string name) => int.Parse(settings[name], CultureInfo.InvariantCulture);
var names = Enum.Parse<SiteNameShape>(settings["--names"], ignoreCase: true);
if (settings["--generate"] is { Length: > 0 } only)
{
    var written = DemoSites.Write(only, sizes[0], Setting("--site-people"), firstSeed: 1000, names);
    Console.WriteLine($"{written.GoodRows:N0} good rows from {written.Sites} sites in {only}");
    return;
}

var concurrencies = settings["--concurrency"].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var identity = new Identity();
var work = Directory.CreateTempSubdirectory("chb-bench-query-");
var cpuModel = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
Console.WriteLine($"machine: {Environment.ProcessorCount} cores ({cpuModel}), {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"settings: {string.Join(' ', settings.Select(s => $"{s.Key} {s.Value}"))}; hub settings: {(hubSettings.Count == 0 ? "defaults" : string.Join(' ', hubSettings))}");
if (settings["--attach"] is { Length: > 0 } attach)
{
    try
    {
        await AttachAsync(int.Parse(attach, CultureInfo.InvariantCulture), new Uri(settings["--attach-url"]), sizes[0]);
    }
    finally
    {
        work.Delete(recursive: true);
    }

    return;
}

var loads = new List<string>();
var queries = new List<string>();
var shapes = new List<string>();
try
{
    foreach (var records in sizes)
    {
        var (load, query, shape) = await RunAsync(records);
        loads.Add(load);
        queries.AddRange(query);
        shapes.Add(shape);
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

Console.WriteLine();
Console.WriteLine("| records pushed | sites (OCGs) | files MB | load s | load records/s | links caught up, s after load | opportunities caught up, s after load | hub RSS after load MB | hub RSS caught up MB | hub peak RSS MB |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
loads.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine("| records | concurrent calls | Health/Check calls/s | p50 ms | p99 ms | GetNominalOptions calls/s | p50 ms | p99 ms | ratio | p99/p50 | hub CPU ms per GetNominalOptions | hub CPU ms per Check |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
queries.ForEach(Console.WriteLine);
Console.WriteLine();
shapes.ForEach(Console.WriteLine);

async Task<(string Load, List<string> Query, string Shape)> RunAsync(int records)
{
    var folder = Path.Combine(work.FullName, records.ToString(CultureInfo.InvariantCulture));
    var timer = Stopwatch.StartNew();
    var data = DemoSites.Write(Path.Combine(folder, "data"), records, Setting("--site-people"), firstSeed: 1000, names);
    Log($"{records:N0}: generated {data.GoodRows:N0} good rows ({string.Join(", ", data.Files.Select(f => $"{f.Agency} {f.Rows - f.BadRows:N0}+{f.BadRows} bad"))}) from {data.Sites} sites in {timer.Elapsed.TotalSeconds:F1} s");

    var db = Path.Combine(folder, "hub.db");
    using var hub = HubProcess.Start(db, identity.SigningKey, hubSettings);
    var probe = new StoreProbe(db);
    long target = long.MaxValue;
    TimeSpan? linksAt = null, opportunitiesAt = null;
    using var stop = new CancellationTokenSource();
    var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
    hub.Failed += line => failures.Enqueue(line);
    var monitor = Task.Run(async () =>
    {
        var lastPrint = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (links, opportunities) = await probe.CheckpointsAsync();
                var now = hub.Elapsed;
                var goal = Interlocked.Read(ref target);
                if (links >= goal)
                {
                    linksAt ??= now;
                }

                if (opportunities >= goal)
                {
                    opportunitiesAt ??= now;
                }

                while (failures.TryDequeue(out var failure))
                {
                    Log($"  hub: {failure}");
                }

                if (now - lastPrint > TimeSpan.FromSeconds(15))
                {
                    lastPrint = now;
                    Log($"  t={now.TotalSeconds:F0} s: links at {links:N0}, opportunities at {opportunities:N0}, hub RSS {hub.Memory().Rss:F0} MB, hub CPU {hub.CpuTime().TotalSeconds:F0} s");
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The hub is still creating its tables.
            }

            await Task.Delay(500);
        }
    });

    // Load: each agency's partner system pushes its file; the three pushes run at once.
    var loadStart = hub.Elapsed;
    var pushes = await Task.WhenAll(data.Files.Select(f => HubClient.PushAsync(hub.Address, identity.Token(Identity.Partner(f.Agency)), f)));
    var loadEnd = hub.Elapsed;
    var accepted = pushes.Sum(p => p.Summary.Accepted);
    var lastSequence = pushes.Max(p => p.Summary.LastSequence);
    Interlocked.Exchange(ref target, (long)lastSequence);
    var afterLoad = hub.Memory();
    var loadSeconds = (loadEnd - loadStart).TotalSeconds;
    Log($"{records:N0}: pushed {accepted:N0} accepted, {pushes.Sum(p => p.Summary.Duplicates):N0} duplicates, {pushes.Sum(p => p.Summary.Rejected):N0} rejected in {loadSeconds:F1} s; last sequence {lastSequence:N0}");

    // Catch-up: the first LRO's OCG options with min_sequence = the last push's sequence.
    using var control = HubClient.Channel(hub.Address);
    var lros = Enumerable.Range(0, Math.Min(Setting("--lros"), data.Sites)).Select(i => i * data.Sites / Math.Min(Setting("--lros"), data.Sites)).Distinct()
        .Select(site => (Site: site, Token: identity.Token(Identity.Lro(site, data.OcgsBySite[site])), Ocgs: data.OcgsBySite[site])).ToList();
    try
    {
        await HubClient.OcgOptionsAsync(control, lros[0].Token, lros[0].Ocgs[0], lastSequence, TimeSpan.FromMinutes(Setting("--catch-up-limit")));
    }
    catch (Grpc.Core.RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.DeadlineExceeded)
    {
        await stop.CancelAsync();
        await monitor;
        var (links, opportunities) = await probe.CheckpointsAsync();
        var memory = hub.Memory();
        Log($"{records:N0}: the opportunity projection did not catch up within {Setting("--catch-up-limit")} min of the load; links at {links:N0}, opportunities at {opportunities:N0} of {lastSequence:N0}");
        if (settings["--keep"] is { Length: > 0 } keepLog)
        {
            Directory.CreateDirectory(keepLog);
            await File.WriteAllLinesAsync(
                Path.Combine(keepLog, $"projectors-{records}.log"),
                hub.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.At.TotalSeconds:F3} {l.Line}")));
        }

        return (string.Create(CultureInfo.InvariantCulture,
            $"| {accepted:N0} | {data.Sites} ({data.Sites * 3}) | {data.Files.Sum(f => f.Bytes) / 1e6:F1} | {loadSeconds:F1} | {accepted / loadSeconds:N0} | {(linksAt is { } l ? $"{(l - loadEnd).TotalSeconds:F1}" : $"not in {Setting("--catch-up-limit")} min ({links:N0})")} | not in {Setting("--catch-up-limit")} min ({opportunities:N0} of {lastSequence:N0}) | {afterLoad.Rss:F0} | {memory.Rss:F0} | {memory.Peak:F0} |"),
            [], $"{records:N0} records: no queries (projection not caught up); {BatchSummary(hub.Lines)}");
    }

    var caughtUp = hub.Elapsed;
    await stop.CancelAsync();
    await monitor;
    var afterCatchUp = hub.Memory();
    var linkSeconds = ((linksAt ?? caughtUp) - loadEnd).TotalSeconds;
    var opportunitySeconds = (caughtUp - loadEnd).TotalSeconds;
    Log($"{records:N0}: links caught up {linkSeconds:F1} s and opportunities {opportunitySeconds:F1} s after the load (probe saw opportunities at {((opportunitiesAt ?? caughtUp) - loadEnd).TotalSeconds:F1} s)");

    var (rows, options, responses, bytes, ocgMs) = await QueryPhaseAsync(records, hub.Address, lros, control, hub.CpuTime);

    if (settings["--keep"] is { Length: > 0 } keep)
    {
        Directory.CreateDirectory(keep);
        await File.WriteAllLinesAsync(
            Path.Combine(keep, $"projectors-{records}.log"),
            hub.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.At.TotalSeconds:F3} {l.Line}")));
    }

    var final = hub.Memory();
    var counts = await probe.CountsAsync();
    var batches = BatchSummary(hub.Lines);
    var shape = string.Create(CultureInfo.InvariantCulture,
        $"{records:N0} records: {data.Sites} sites of {Setting("--site-people")} people ({data.Sites * 3} OCGs); {string.Join(", ", counts.Select(c => $"{c.Table} {c.Rows:N0}"))}; "
        + $"GetNominalOptions answers carried {(double)options / Math.Max(1, responses):F1} options and {(double)bytes / Math.Max(1, responses):N0} bytes on average; "
        + $"GetOcgOptions {ocgMs:F0} ms a call; hub RSS after queries {final.Rss:F0} MB; {batches}");
    var load = string.Create(CultureInfo.InvariantCulture,
        $"| {accepted:N0} | {data.Sites} ({data.Sites * 3}) | {data.Files.Sum(f => f.Bytes) / 1e6:F1} | {loadSeconds:F1} | {accepted / loadSeconds:N0} | {linkSeconds:F1} | {opportunitySeconds:F1} | {afterLoad.Rss:F0} | {afterCatchUp.Rss:F0} | {final.Peak:F0} |");
    hub.Dispose();
    if (settings["--keep"] is { Length: > 0 } kept)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(folder, "hub.db*"))
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file).Replace("hub.db", $"hub-{records}.db", StringComparison.Ordinal)), overwrite: true);
        }
    }

    return (load, rows, shape);
}

async Task<(List<string> Rows, long Options, long Responses, long Bytes, double OcgMs)> QueryPhaseAsync(
    int records, Uri address, List<(int Site, string Token, IReadOnlyList<string> Ocgs)> lros, GrpcChannel control, Func<TimeSpan> hubCpu)
{
    // The nominals each LRO may see: the members of its OCGs.
    var targets = new List<(Grpc.Core.Metadata Auth, string HubId)>();
    var ocgTimer = Stopwatch.StartNew();
    var ocgCalls = 0;
    var perLro = new List<List<(Grpc.Core.Metadata, string)>>();
    foreach (var lro in lros)
    {
        var mine = new List<(Grpc.Core.Metadata, string)>();
        foreach (var ocg in lro.Ocgs)
        {
            var picture = await HubClient.OcgOptionsAsync(control, lro.Token, ocg, 0, TimeSpan.FromMinutes(1));
            ocgCalls++;
            mine.AddRange(picture.Members.Select(m => (Identity.Bearer(lro.Token), m.HubId)));
        }

        perLro.Add([.. mine.DistinctBy(m => m.Item2)]);
    }

    var ocgMs = ocgTimer.Elapsed.TotalMilliseconds / ocgCalls;
    for (var i = 0; perLro.Any(l => i < l.Count); i++)
    {
        targets.AddRange(perLro.Where(l => i < l.Count).Select(l => l[i]));
    }

    Log($"{records:N0}: {lros.Count} LROs see {targets.Count:N0} OCG members (GetOcgOptions {ocgMs:F0} ms a call)");

    // The load steps: the empty unary (health) and GetNominalOptions, at each concurrency, on the same connections.
    var channels = Enumerable.Range(0, Setting("--connections")).Select(_ => HubClient.Channel(address)).ToList();
    var generator = new LoadGenerator(channels, TimeSpan.FromSeconds(Setting("--warmup")), TimeSpan.FromSeconds(Setting("--duration")), hubCpu);
    var health = channels.ToDictionary(c => c, c => new Health.HealthClient(c));
    var disruption = channels.ToDictionary(c => c, c => new Disruption.DisruptionClient(c));
    long options = 0, responses = 0, bytes = 0;
    var rows = new List<string>();
    foreach (var concurrency in concurrencies)
    {
        var check = await generator.RunAsync("Health/Check", concurrency, async (channel, n) =>
            await health[channel].CheckAsync(new HealthCheckRequest(), targets[(int)(n % targets.Count)].Auth));
        var nominal = await generator.RunAsync("GetNominalOptions", concurrency, async (channel, n) =>
        {
            var (auth, id) = targets[(int)(n % targets.Count)];
            var response = await disruption[channel].GetNominalOptionsAsync(new GetNominalOptionsRequest { Options = HubClient.Purpose, NominalHubId = id }, auth);
            Interlocked.Add(ref options, response.Opportunities.Count);
            Interlocked.Add(ref bytes, response.CalculateSize());
            Interlocked.Increment(ref responses);
        });
        foreach (var step in new[] { check, nominal })
        {
            Log($"  {step.Call} x{step.Concurrency}: {step.Rate:N0} calls/s, p50 {step.P50Ms:F2} ms, p99 {step.P99Ms:F2} ms, {step.Errors} errors{(step.FirstError is null ? string.Empty : $" (first: {step.FirstError})")}, hub CPU {step.HubCpu.TotalSeconds:F1} s, bench CPU {step.BenchCpu.TotalSeconds:F1} s");
        }

        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {records:N0} | {concurrency} | {check.Rate:N0} | {check.P50Ms:F2} | {check.P99Ms:F2} | {nominal.Rate:N0} | {nominal.P50Ms:F2} | {nominal.P99Ms:F2} | {nominal.Rate / check.Rate:P0} | {nominal.P99Ms / nominal.P50Ms:F1} | {nominal.HubCpu.TotalMilliseconds / nominal.Calls:F2} | {check.HubCpu.TotalMilliseconds / check.Calls:F2} |"));
    }

    foreach (var channel in channels)
    {
        channel.Dispose();
    }
    return (rows, options, responses, bytes, ocgMs);
}

async Task AttachAsync(int pid, Uri address, int records)
{
    var cmdline = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
    string Arg(string name) => cmdline.First(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))[(name.Length + 3)..];
    var attached = new Identity(Arg("Hub:Auth:SigningKeys:0"));
    var probe = new StoreProbe(Arg("Hub:Storage:SqlitePath"));
    var data = DemoSites.Write(Path.Combine(work.FullName, "layout"), records, Setting("--site-people"), firstSeed: 1000, names);
    var lastSequence = await probe.LastSequenceAsync();
    var count = Math.Min(Setting("--lros"), data.Sites);
    var lros = Enumerable.Range(0, count).Select(i => i * data.Sites / count).Distinct()
        .Select(site => (Site: site, Token: attached.Token(Identity.Lro(site, data.OcgsBySite[site])), Ocgs: data.OcgsBySite[site])).ToList();
    using var control = HubClient.Channel(address);
    using var stop = new CancellationTokenSource();
    var monitor = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            var (links, opportunities) = await probe.CheckpointsAsync();
            Log($"  hub age {HubProcess.AgeOf(pid).TotalSeconds:F0} s: links at {links:N0}, opportunities at {opportunities:N0} of {lastSequence:N0}, hub RSS {HubProcess.MemoryOf(pid).Rss:F0} MB, hub CPU {HubProcess.CpuTimeOf(pid).TotalSeconds:F0} s");
            await Task.Delay(TimeSpan.FromSeconds(15), TimeProvider.System, CancellationToken.None);
        }
    });
    await HubClient.OcgOptionsAsync(control, lros[0].Token, lros[0].Ocgs[0], (ulong)lastSequence, TimeSpan.FromMinutes(Setting("--catch-up-limit")));
    await stop.CancelAsync();
    await monitor;
    var caughtUp = HubProcess.MemoryOf(pid);
    Log($"{records:N0}: opportunities caught up to {lastSequence:N0} when the hub was {HubProcess.AgeOf(pid).TotalSeconds:F0} s old (hub RSS {caughtUp.Rss:F0} MB, peak {caughtUp.Peak:F0} MB, CPU {HubProcess.CpuTimeOf(pid).TotalSeconds:F0} s)");
    var (rows, options, responses, bytes, ocgMs) = await QueryPhaseAsync(records, address, lros, control, () => HubProcess.CpuTimeOf(pid));
    Console.WriteLine("| records | concurrent calls | Health/Check calls/s | p50 ms | p99 ms | GetNominalOptions calls/s | p50 ms | p99 ms | ratio | p99/p50 | hub CPU ms per GetNominalOptions | hub CPU ms per Check |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
    var counts = await probe.CountsAsync();
    var final = HubProcess.MemoryOf(pid);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{records:N0} records: {string.Join(", ", counts.Select(c => $"{c.Table} {c.Rows:N0}"))}; GetNominalOptions answers carried {(double)options / Math.Max(1, responses):F1} options and "
        + $"{(double)bytes / Math.Max(1, responses):N0} bytes on average; GetOcgOptions {ocgMs:F0} ms a call; hub RSS after queries {final.Rss:F0} MB, peak {final.Peak:F0} MB"));
}

static string BatchSummary(IEnumerable<(TimeSpan At, string Line)> lines)
{
    var link = lines.Where(l => l.Line.Contains("Linked changes", StringComparison.Ordinal)).ToList();
    var opportunity = lines.Where(l => l.Line.Contains("Opportunities projected", StringComparison.Ordinal)).ToList();
    var subjects = opportunity.Select(l => System.Text.RegularExpressions.Regex.Match(l.Line, @": (\d+) subjects")).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
    var errors = lines.Where(l => l.Line.StartsWith("fail", StringComparison.Ordinal) || l.Line.StartsWith("stderr", StringComparison.Ordinal)).Take(3).Select(l => l.Line);
    return $"{link.Count} linking batches, {opportunity.Count} opportunity batches recomputing {subjects.Sum():N0} subjects (largest batch {(subjects.Count > 0 ? subjects.Max() : 0):N0})"
        + (errors.Any() ? $"; hub errors: {string.Join(" | ", errors)}" : string.Empty);
}

static void Log(string line) => Console.Error.WriteLine(line);
