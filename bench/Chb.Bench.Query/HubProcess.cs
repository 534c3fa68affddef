using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chb.Bench.Query;

/// <summary>
/// The hub as its own process (Release build from this tool's output folder, real Kestrel on a loopback port the OS
/// picks, SQLite file, the real plugins), trusting tokens signed with <paramref name="signingKey"/> only.
/// </summary>
internal sealed partial class HubProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private bool _disposed;

    private HubProcess(Process process, Uri address, Stopwatch clock, ConcurrentQueue<(TimeSpan At, string Line)> lines)
    {
        _process = process;
        Address = address;
        _clock = clock;
        Lines = lines;
    }

    public Uri Address { get; }

    /// <summary>Gets the projectors' debug lines, with when this process read them.</summary>
    public ConcurrentQueue<(TimeSpan At, string Line)> Lines { get; }

    public int Id => _process.Id;

    /// <summary>Raised with each error or warning the hub logs.</summary>
    public event Action<string>? Failed;

    public static HubProcess Start(string databasePath, string signingKey, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Chb.Hub.dll"));
        start.ArgumentList.Add("--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Hub:Storage:SqlitePath={databasePath}");
        start.ArgumentList.Add($"--Hub:Auth:SigningKeys:0={signingKey}");
        start.ArgumentList.Add("--Hub:Auth:DevelopmentMode=false");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
        // The projectors log each batch at Debug: where catch-up time goes.
        start.ArgumentList.Add("--Logging:LogLevel:Chb.Hub.Linking.LinkProjector=Debug");
        start.ArgumentList.Add("--Logging:LogLevel:Chb.Hub.Opportunities.OpportunityProjector=Debug");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add($"--{setting}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        // A bench stopped by a signal must not leave its hub running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        };
        var clock = Stopwatch.StartNew();
        var lines = new ConcurrentQueue<(TimeSpan, string)>();
        var listening = new TaskCompletionSource<Uri>();
        var pending = string.Empty;
        HubProcess? self = null;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            if (Listening().Match(line) is { Success: true } m)
            {
                listening.TrySetResult(new Uri(m.Groups[1].Value));
            }

            // The console logger writes "dbug: Category[id]" then the message on the next line.
            if (pending.Length > 0 && line.StartsWith("      ", StringComparison.Ordinal))
            {
                lines.Enqueue((clock.Elapsed, pending + " " + line.Trim()));
                // The read barrier's timeouts are this tool's own min_sequence waits.
                if (!pending.StartsWith("dbug:", StringComparison.Ordinal) && !line.Contains("read-barrier", StringComparison.Ordinal))
                {
                    self?.Failed?.Invoke(pending + " " + line.Trim());
                }
            }

            pending = line.StartsWith("dbug:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("warn:", StringComparison.Ordinal)
                ? line.Trim()
                : string.Empty;
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lines.Enqueue((clock.Elapsed, "stderr " + line));
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        self = new HubProcess(process, listening.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult(), clock, lines);
        return self;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Resident and peak resident memory of the hub process, in MB, from /proc/PID/status (VmRSS, VmHWM).</summary>
    public (double Rss, double Peak) Memory() => MemoryOf(_process.Id);

    /// <summary>User plus system CPU time the hub process has used, from /proc/PID/stat.</summary>
    public TimeSpan CpuTime() => CpuTimeOf(_process.Id);

    public static (double Rss, double Peak) MemoryOf(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public static TimeSpan CpuTimeOf(int pid)
    {
        var fields = StatFields(pid);
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }

    /// <summary>How long ago the process started, from its start time in /proc/PID/stat and /proc/uptime.</summary>
    public static TimeSpan AgeOf(int pid)
    {
        var started = long.Parse(StatFields(pid)[19], CultureInfo.InvariantCulture) / 100.0;
        var uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(uptime - started);
    }

    private static string[] StatFields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
